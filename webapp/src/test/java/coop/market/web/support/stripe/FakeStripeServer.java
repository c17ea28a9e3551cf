package coop.market.web.support.stripe;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The fake Stripe as a process of its own, for scripts that kill and restart the server under test (the pay-out
 * crash test and benchmark in bench/payout-run.sh). Arguments: port, and optionally a pause in milliseconds before
 * each API answer. Besides the API it serves {@code GET /_fake/transfers}: every transfer made, one per line,
 * tab-separated: id, amount, destination, transfer group, source transaction, idempotency key.
 */
public final class FakeStripeServer {

    private FakeStripeServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        Duration pause = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0);
        FakeStripe stripe = FakeStripe.start(port, FakeStripe.SECRET_KEY, FakeStripe.WEBHOOK_SECRET, pause);
        stripe.serve("/_fake/transfers", exchange -> {
            try (exchange) {
                byte[] body = stripe.transfers().stream()
                        .map(t -> String.join("\t", t.id(), Long.toString(t.amount()), t.destination(),
                                String.valueOf(t.transferGroup()), String.valueOf(t.sourceTransaction()),
                                String.valueOf(t.idempotencyKey())))
                        .collect(Collectors.joining("\n", "", "\n")).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/tab-separated-values");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException e) {
                System.err.println("could not answer: " + e);
            }
        });
        System.out.println("fake Stripe ready on " + stripe.apiBase());
        Thread.currentThread().join();
    }
}
