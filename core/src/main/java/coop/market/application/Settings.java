package coop.market.application;

import java.util.Map;
import java.util.Optional;

/**
 * The settings core reads from the environment (never from files in the repository, so no
 * secret is ever committed). Every setting is documented in the README's configuration table.
 */
public final class Settings {

    private final Map<String, String> environment;

    public Settings(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static Settings fromEnvironment() {
        return new Settings(System.getenv());
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * Whether to seed the demo co-op: {@code DEMO_DATA=true} or {@code false}; when unset, only on
     * the embedded database, so a production PostgreSQL is never filled with pretend members.
     */
    public boolean demoData(boolean embeddedDatabase) {
        return get("DEMO_DATA").map(Boolean::parseBoolean).orElse(embeddedDatabase);
    }
}
