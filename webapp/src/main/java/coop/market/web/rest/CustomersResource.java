package coop.market.web.rest;

import coop.market.application.CustomerService;
import coop.market.domain.customer.Customer;
import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.Public;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Customers signing themselves up; staff correcting their details. */
@Path("/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @Inject
    CustomerService customers;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    @POST
    @Public
    public Response signUp(NewCustomerRequest body) {
        Customer customer = customers.signUp(Bodies.required(body).toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(customer.id()).build())
                .entity(CustomerDto.of(customer))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Allow(Role.STAFF)
    public CustomerDto change(@PathParam("id") String id, CustomerChangeRequest body) {
        return CustomerDto.of(customers.change(id, Bodies.required(body).toCommand(), signedIn.actor().orElseThrow()));
    }
}
