package coop.market.infrastructure.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import coop.market.application.Settings;
import coop.market.domain.cardpayment.CardProcessorException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding a run's transfers at Stripe by transfer group, every page of them, with stripe-java against a stub. */
class StripePayoutTransfersTest {

    private static final String FIRST_PAGE = """
            {"object": "list", "url": "/v1/transfers", "has_more": true, "data": [
             {"id": "tr_3", "object": "transfer", "amount": 900, "metadata": {"payout_id": "p3"}},
             {"id": "tr_2", "object": "transfer", "amount": 500, "metadata": {}}]}""";
    private static final String LAST_PAGE = """
            {"object": "list", "url": "/v1/transfers", "has_more": false, "data": [
             {"id": "tr_1", "object": "transfer", "amount": 700, "metadata": {"payout_id": "p1"}}]}""";

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer stripe;
    private volatile int status = 200;

    @BeforeEach
    void startStripe() throws IOException {
        stripe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stripe.createContext("/v1/transfers", exchange -> {
            try (exchange) {
                String query = exchange.getRequestURI().getQuery();
                asked.add(exchange.getRequestMethod() + " " + query);
                byte[] body = (status != 200 ? "{\"error\": {\"type\": \"api_error\", \"message\": \"Down\"}}"
                        : query.contains("starting_after=tr_2") ? LAST_PAGE : FIRST_PAGE)
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        stripe.start();
    }

    @AfterEach
    void stopStripe() {
        stripe.stop(0);
    }

    @Test
    void everyPageOfTheGroupIsReadAndEachTransferKnownByItsPayOut() {
        Map<String, String> made = transfers().transfersByPayout("payout-run-r1");

        assertEquals(Map.of("p3", "tr_3", "p1", "tr_1"), made, "a transfer without our pay-out's id is not ours");
        assertEquals(2, asked.size(), asked.toString());
        assertTrue(asked.get(0).startsWith("GET ") && asked.get(0).contains("transfer_group=payout-run-r1")
                && asked.get(0).contains("limit=100"), asked.get(0));
        assertTrue(asked.get(1).contains("starting_after=tr_2") && asked.get(1).contains("transfer_group=payout-run-r1"),
                asked.get(1));
    }

    @Test
    void aStripeThatCannotSayIsReportedAsNotKnowing() {
        status = 500;

        assertThrows(CardProcessorException.class, () -> transfers().transfersByPayout("payout-run-r1"));
        assertThrows(CardProcessorException.class, () -> new StripePayoutTransfers(StripeSettings.from(
                new Settings(Map.of()))).transfersByPayout("payout-run-r1"), "Stripe not set up");
    }

    private StripePayoutTransfers transfers() {
        return new StripePayoutTransfers(StripeSettings.from(new Settings(Map.of("STRIPE_SECRET_KEY", "sk_test_unit",
                "STRIPE_API_BASE", "http://127.0.0.1:" + stripe.getAddress().getPort()))));
    }
}
