package coop.market.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The trades installed in this co-op, found once at start-up. Two jars claiming the same code,
 * or a code that is not a short lower-case word, stop start-up with a message naming them:
 * better a clear failure than listings silently priced by the wrong plugin.
 */
public final class TradeRegistry {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final Map<String, Trade> byCode;

    public TradeRegistry(List<Trade> trades) {
        Map<String, Trade> found = new LinkedHashMap<>();
        List<Trade> sorted = new ArrayList<>(trades);
        // nullsFirst: a plugin without a code must reach the check below, not fail inside the sort.
        sorted.sort(Comparator.comparing(Trade::code, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Trade trade : sorted) {
            if (trade.code() == null || !CODE.matcher(trade.code()).matches()) {
                throw new IllegalStateException("Trade plugin " + trade.getClass().getName()
                        + " has an invalid code \"" + trade.code() + "\": use 2-40 lower-case letters, digits or -");
            }
            Trade earlier = found.putIfAbsent(trade.code(), trade);
            if (earlier != null) {
                throw new IllegalStateException("Two trade plugins claim the code \"" + trade.code() + "\": "
                        + earlier.getClass().getName() + " and " + trade.getClass().getName()
                        + ". Remove one of the jars or give it another code.");
            }
        }
        this.byCode = Collections.unmodifiableMap(found);
    }

    /** Finds every trade on the class path of the given loader. */
    public static TradeRegistry discover(ClassLoader loader) {
        List<Trade> trades = new ArrayList<>();
        ServiceLoader.load(Trade.class, loader).forEach(trades::add);
        return new TradeRegistry(trades);
    }

    public List<Trade> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Trade> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public List<String> codesOf(TradeKind kind) {
        return byCode.values().stream().filter(t -> t.kind() == kind).map(Trade::code).toList();
    }
}
