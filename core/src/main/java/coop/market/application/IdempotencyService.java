package coop.market.application;

import coop.market.domain.idempotency.IdempotentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Decides what to do with a request that carries an idempotency key: do it (the first time),
 * give the first answer again (a retry with the same body), refuse it (the same key with another
 * body), or ask to wait (the first is still being worked on).
 */
@ApplicationScoped
public class IdempotencyService {

    /** Stripe's limit, which callers of payment APIs already know. */
    public static final int MAX_KEY_LENGTH = 255;

    @Inject
    IdempotencyStore store;

    @Inject
    Clock clock;

    public enum Outcome {
        FIRST,
        REPLAY,
        MISMATCH,
        IN_PROGRESS
    }

    public record Decision(Outcome outcome, IdempotentRequest earlier) {
    }

    public Decision begin(String caller, String key, String requestLine, String requestHash) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<IdempotentRequest> earlier = store.find(caller, key);
            if (earlier.isPresent()) {
                return decide(earlier.get(), requestLine, requestHash);
            }
            try {
                store.claim(new IdempotentRequest(caller, key, requestLine, requestHash, clock.instant()));
                return new Decision(Outcome.FIRST, null);
            } catch (RuntimeException claimedAtTheSameMoment) {
                // Another request claimed the key between our look and our claim: look again.
            }
        }
        return new Decision(Outcome.IN_PROGRESS, null);
    }

    public void answer(String caller, String key, int status, String contentType, String location, String body) {
        store.answer(caller, key, status, contentType, location, body);
    }

    public void release(String caller, String key) {
        store.release(caller, key);
    }

    private static Decision decide(IdempotentRequest earlier, String requestLine, String requestHash) {
        if (!earlier.sameRequest(requestLine, requestHash)) {
            return new Decision(Outcome.MISMATCH, earlier);
        }
        return new Decision(earlier.answered() ? Outcome.REPLAY : Outcome.IN_PROGRESS, earlier);
    }
}
