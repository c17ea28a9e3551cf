package coop.market.application;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Each {@code jakarta.json.Json.createXxx} call looks the
 * provider up again through the service loader, which was 7% of a booking's CPU on the server;
 * a provider is thread-safe, so one serves every caller.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
