package coop.market.spi;

/**
 * What a trade's rules say about a request: a {@link Severity#BLOCK} stops it (mowing in
 * December), a {@link Severity#WARN} is shown but allowed (hedges in nesting season).
 *
 * @param field   the option the finding is about, e.g. {@code tasks}
 * @param message plain words for the customer
 */
public record RuleFinding(Severity severity, String field, String message) {

    public enum Severity {
        BLOCK,
        WARN
    }

    public static RuleFinding block(String field, String message) {
        return new RuleFinding(Severity.BLOCK, field, message);
    }

    public static RuleFinding warn(String field, String message) {
        return new RuleFinding(Severity.WARN, field, message);
    }
}
