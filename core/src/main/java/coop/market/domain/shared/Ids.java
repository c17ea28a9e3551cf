package coop.market.domain.shared;

import java.util.UUID;

/** Opaque identifiers: random, so they reveal nothing and need no database round-trip. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
