package coop.market.web.rest;

import coop.market.application.InvoiceService;
import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Invoices: staff see all, customers their own. */
@Path("/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    @Inject
    InvoiceService invoices;

    @Inject
    SignedIn signedIn;

    @GET
    @Allow({Role.STAFF, Role.CUSTOMER})
    public List<InvoiceDto> search(@QueryParam("customerId") String customerId, @QueryParam("status") String status,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit, 50, InvoiceService.MAX_PAGE);
        return invoices.search(customerId, status, paging.offset(), paging.limit(), actor()).stream()
                .map(InvoiceDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Allow({Role.STAFF, Role.CUSTOMER})
    public InvoiceDto get(@PathParam("id") String id) {
        return InvoiceDto.of(invoices.get(id, actor()));
    }

    private Actor actor() {
        return signedIn.actor().orElseThrow();
    }
}
