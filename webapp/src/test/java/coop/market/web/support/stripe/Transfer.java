package coop.market.web.support.stripe;

import java.util.Map;

/**
 * A transfer to a connected account as the fake made it, with the idempotency key of the request that
 * made it (null if it had none), so a test can prove each member was paid once and by which attempt.
 */
public record Transfer(String id, long amount, String currency, String destination, String transferGroup,
        String sourceTransaction, Map<String, String> metadata, String idempotencyKey) {

    @SuppressWarnings("unchecked")
    static Transfer of(Map<String, Object> transfer, String idempotencyKey) {
        return new Transfer((String) transfer.get("id"), (Long) transfer.get("amount"),
                (String) transfer.get("currency"), (String) transfer.get("destination"),
                (String) transfer.get("transfer_group"), (String) transfer.get("source_transaction"),
                Map.copyOf((Map<String, String>) transfer.get("metadata")), idempotencyKey);
    }
}
