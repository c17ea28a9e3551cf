package coop.market.web.rest;

import coop.market.application.CardPaymentService;
import coop.market.application.CardPaymentSteps;
import coop.market.application.CreditNoteService;
import coop.market.application.InvoiceDocuments;
import coop.market.application.InvoiceService;
import coop.market.application.PaymentService;
import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.CardRefund;
import coop.market.domain.invoicing.CreditNote;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.Payment;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Invoices: staff see all, customers their own. */
@Path("/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentService payments;

    @Inject
    CreditNoteService creditNotes;

    @Inject
    InvoiceDocuments documents;

    @Inject
    CardPaymentService cards;

    @Inject
    CardPaymentSteps cardSteps;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

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

    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.STAFF)
    public Response recordPayment(@PathParam("id") String id, NewPaymentRequest body) {
        Payment payment = payments.record(id, Bodies.required(body).toCommand(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(payment.id()).build())
                .entity(PaymentDto.of(payment)).build();
    }

    @GET
    @Path("{id}/payments")
    @Allow({Role.STAFF, Role.CUSTOMER})
    public List<PaymentDto> payments(@PathParam("id") String id) {
        return payments.ofInvoice(invoices.get(id, actor())).stream().map(PaymentDto::of).toList();
    }

    @GET
    @Path("{id}/payments/{paymentId}")
    @Allow({Role.STAFF, Role.CUSTOMER})
    public PaymentDto payment(@PathParam("id") String id, @PathParam("paymentId") String paymentId) {
        return payments.ofInvoice(invoices.get(id, actor())).stream().filter(p -> p.id().equals(paymentId))
                .findFirst().map(PaymentDto::of).orElseThrow(() -> new NotFoundException("Payment", paymentId));
    }

    @POST
    @Path("{id}/credit-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.STAFF)
    public Response issueCreditNote(@PathParam("id") String id, NewCreditNoteRequest body) {
        CreditNote note = creditNotes.issue(id, Bodies.required(body).toCommand(), actor());
        return Response.created(uri.getBaseUriBuilder().path(CreditNotesResource.class).path(note.id()).build())
                .entity(CreditNoteDto.of(note)).build();
    }

    @GET
    @Path("{id}/credit-notes")
    @Allow({Role.STAFF, Role.CUSTOMER})
    public List<CreditNoteDto> creditNotes(@PathParam("id") String id) {
        return creditNotes.ofInvoice(invoices.get(id, actor())).stream().map(CreditNoteDto::of).toList();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Allow({Role.STAFF, Role.CUSTOMER})
    public Response pdf(@PathParam("id") String id) {
        Invoice invoice = invoices.get(id, actor());
        return Pdfs.download(documents.pdf(invoice), "Invoice " + invoice.number());
    }

    /** Starts (or resumes) paying what is due by card: the secret the customer's browser pays with. */
    @POST
    @Path("{id}/card-payment")
    @Allow(Role.CUSTOMER)
    public Response payByCard(@PathParam("id") String id) {
        Invoice invoice = invoices.get(id, actor());
        CardPayment attempt = cards.start(invoice.id(), invoice.number(), actor());
        return Response.ok(Json.createObjectBuilder().add("clientSecret", attempt.clientSecret())
                .add("cardPaymentId", attempt.id()).build().toString(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/card-payments")
    @Allow({Role.STAFF, Role.CUSTOMER})
    public List<CardPaymentDto> cardPayments(@PathParam("id") String id) {
        return cardSteps.ofInvoice(invoices.get(id, actor())).stream().map(CardPaymentDto::of).toList();
    }

    /** Asks Stripe to give money back to the card; the credit note is made when Stripe confirms it. */
    @POST
    @Path("{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.STAFF)
    public Response refund(@PathParam("id") String id, NewRefundRequest body) {
        CardRefund refund = cards.refund(id, Bodies.required(body).toCommand(), actor());
        return Response.accepted(Json.createObjectBuilder().add("id", refund.id())
                .add("invoiceId", id).add("status", "REQUESTED").build().toString())
                .type(MediaType.APPLICATION_JSON).build();
    }

    private Actor actor() {
        return signedIn.actor().orElseThrow();
    }
}
