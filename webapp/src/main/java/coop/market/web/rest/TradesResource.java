package coop.market.web.rest;

import coop.market.spi.TradeRegistry;
import coop.market.web.security.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The trades this co-op sells, as installed plugins declare them. */
@Path("/trades")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TradesResource {

    @Inject
    TradeRegistry trades;

    @GET
    @Public
    public List<TradeDto> list() {
        return trades.all().stream().map(TradeDto::of).toList();
    }
}
