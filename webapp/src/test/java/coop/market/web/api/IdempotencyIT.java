package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdempotencyIT extends ArquillianIT {

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndDoesNothingTwice() {
        String key = UUID.randomUUID().toString();
        String email = Api.uniqueEmail("retry");
        String body = """
                {"displayName": "Retry Member", "email": "%s", "trades": ["crafts"]}""".formatted(email);
        var first = staff().post("/members", body, key);
        assertEquals(201, first.status(), first.toString());
        assertNull(first.header("Idempotent-Replayed"));
        var again = staff().post("/members", body, key);
        assertEquals(201, again.status(), again.toString());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.object().getString("id"), again.object().getString("id"));
        assertEquals(first.header("Location"), again.header("Location"));

        var withoutKey = staff().post("/members", body);
        assertEquals(409, withoutKey.status(), "the member exists once: " + withoutKey);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, staff().post("/members", """
                {"displayName": "One", "email": "%s", "trades": ["crafts"]}""".formatted(Api.uniqueEmail("a")), key)
                .status());
        var other = staff().post("/members", """
                {"displayName": "Two", "email": "%s", "trades": ["crafts"]}""".formatted(Api.uniqueEmail("b")), key);
        assertEquals(422, other.status(), other.toString());
        assertEquals("/problems/idempotency-key-reused", other.object().getString("type"));
    }

    @Test
    void keysBelongToTheirCaller() {
        String member = newMember("crafts");
        String key = UUID.randomUUID().toString();
        String body = """
                {"memberId": "%s", "trade": "crafts", "title": "Mug", "description": "A mug.",
                 "price": {"minor": 900, "currency": "GBP"}, "stock": 2}""".formatted(member);
        var byStaff = staff().post("/listings", body, key);
        var byAdmin = anonymous().as("admin@demo.coop", Api.DEMO_PASSWORD).post("/listings", body, key);
        assertEquals(201, byStaff.status());
        assertEquals(201, byAdmin.status());
        assertNotEquals(byStaff.object().getString("id"), byAdmin.object().getString("id"));
    }

    @Test
    void aKeyTooLongIsMalformed() {
        var reply = staff().post("/members", "{}", "k".repeat(256));
        assertEquals(400, reply.status());
    }

    @Test
    void clientsRacingWithOneKeyCreateOneThing() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"displayName": "Race", "email": "%s", "trades": ["crafts"]}""".formatted(Api.uniqueEmail("race"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> staff().post("/members", body, key));
            }
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> future : pool.invokeAll(calls)) {
                replies.add(future.get());
            }
            Set<String> created = replies.stream().filter(r -> r.status() == 201)
                    .map(r -> r.object().getString("id")).collect(Collectors.toSet());
            assertEquals(1, created.size(), "one member, however many raced: " + replies);
            replies.forEach(r -> assertEquals(true, r.status() == 201 || r.status() == 409, r.toString()));
        } finally {
            pool.shutdownNow();
        }
    }
}
