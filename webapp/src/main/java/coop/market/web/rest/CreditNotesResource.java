package coop.market.web.rest;

import coop.market.application.CreditNoteService;
import coop.market.application.InvoiceDocuments;
import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.invoicing.CreditNote;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Credit notes: staff see all, a customer those against their own invoices. */
@Path("/credit-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditNotesResource {

    @Inject
    CreditNoteService creditNotes;

    @Inject
    InvoiceDocuments documents;

    @Inject
    SignedIn signedIn;

    @GET
    @Path("{id}")
    @Allow({Role.STAFF, Role.CUSTOMER})
    public CreditNoteDto get(@PathParam("id") String id) {
        return CreditNoteDto.of(creditNotes.get(id, actor()));
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Allow({Role.STAFF, Role.CUSTOMER})
    public Response pdf(@PathParam("id") String id) {
        CreditNote note = creditNotes.get(id, actor());
        return Pdfs.download(documents.pdf(note), "Credit note " + note.number());
    }

    private Actor actor() {
        return signedIn.actor().orElseThrow();
    }
}
