package coop.market.web.support.stripe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transfers to members' connected accounts, listed as Stripe lists them (newest first, a page at a time, by
 * transfer group), and the log of them that lets a test prove each member was paid exactly once. Not thread-safe:
 * {@link Account} guards it.
 */
final class Transfers {

    private static final Set<String> CREATE_PARAMS = Set.of("amount", "currency", "destination", "description",
            "metadata", "source_transaction", "source_type", "transfer_group", "expand");

    private static final Set<String> LIST_PARAMS = Set.of("transfer_group", "limit", "starting_after", "expand");

    private final ObjectStore store;
    private final List<Transfer> log = new ArrayList<>();

    Transfers(ObjectStore store) {
        this.store = store;
    }

    Map<String, Object> create(ApiRequest request) {
        Params params = request.read().allowOnly(CREATE_PARAMS);
        long amount = params.requiredAmount();
        String currency = params.currency();
        String destination = params.requiredString("destination");
        if (!destination.startsWith("acct_")) {
            throw StripeError.invalid("resource_missing", "destination", "No such destination: '" + destination + "'");
        }
        String source = params.string("source_transaction");
        if (source != null) {
            Map<String, Object> charge = store.require("charge", source, "source_transaction");
            if (!currency.equals(charge.get("currency"))) {
                throw StripeError.invalid("currency", "The currency of source_transaction's balance transaction ("
                        + charge.get("currency") + ") must be the same as the transfer currency (" + currency + ")");
            }
        }
        Map<String, Object> transfer = store.create("transfer", "tr");
        transfer.put("amount", amount);
        transfer.put("amount_reversed", 0L);
        transfer.put("balance_transaction", Ids.next("txn"));
        transfer.put("currency", currency);
        transfer.put("description", params.string("description"));
        transfer.put("destination", destination);
        transfer.put("destination_payment", Ids.next("py"));
        transfer.put("metadata", params.metadata());
        transfer.put("reversals", ObjectStore.emptyList("/v1/transfers/" + transfer.get("id") + "/reversals"));
        transfer.put("reversed", false);
        transfer.put("source_transaction", source);
        String sourceType = params.string("source_type");
        transfer.put("source_type", sourceType == null ? "card" : sourceType);
        transfer.put("transfer_group", params.string("transfer_group"));
        log.add(Transfer.of(transfer, request.idempotencyKey()));
        return transfer;
    }

    /** {@code GET /v1/transfers}: newest first, in the transfer group if one is given, after the one named. */
    Map<String, Object> list(ApiRequest request) {
        Params params = request.read().allowOnly(LIST_PARAMS);
        String group = params.string("transfer_group");
        int limit = params.limit();
        List<Map<String, Object>> newestFirst = new ArrayList<>(store.all("transfer"));
        Collections.reverse(newestFirst);
        newestFirst.removeIf(transfer -> group != null && !group.equals(transfer.get("transfer_group")));
        int from = 0;
        String after = params.string("starting_after");
        if (after != null) {
            from = newestFirst.indexOf(store.require("transfer", after, "starting_after")) + 1;
        }
        int to = Math.min(newestFirst.size(), from + limit);
        return ObjectStore.list("/v1/transfers", new ArrayList<>(newestFirst.subList(from, to)),
                to < newestFirst.size());
    }

    List<Transfer> log() {
        return List.copyOf(log);
    }

    void clear() {
        log.clear();
    }
}
