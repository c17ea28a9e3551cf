package coop.market.application;

import coop.market.domain.notification.RetryPolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * How the co-op's emails are sent, from the environment: the SMTP server ({@code SMTP_HOST},
 * {@code SMTP_PORT}, {@code SMTP_USERNAME}, {@code SMTP_PASSWORD}, {@code SMTP_STARTTLS}), the
 * sender ({@code MAIL_FROM}), how often the outbox is looked at ({@code MAIL_POLL_SECONDS}) and
 * how soon a failed email is tried again ({@code MAIL_RETRY_SECONDS}, doubling each time, at most
 * {@code MAIL_MAX_ATTEMPTS} attempts). Without {@code SMTP_HOST} nothing is sent: emails wait in
 * the outbox until it is set.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> username, Optional<String> password,
        boolean startTls, String from, Duration pollInterval, RetryPolicy retry) {

    public static MailSettings from(Settings settings) {
        int port = settings.get("SMTP_PORT").map(Integer::parseInt).orElse(25);
        Optional<String> username = settings.get("SMTP_USERNAME");
        return new MailSettings(settings.get("SMTP_HOST"), port, username, settings.get("SMTP_PASSWORD"),
                settings.get("SMTP_STARTTLS").map(Boolean::parseBoolean).orElse(username.isPresent()),
                settings.get("MAIL_FROM").orElse("Co-op Market <no-reply@localhost>"),
                Duration.ofSeconds(settings.get("MAIL_POLL_SECONDS").map(Long::parseLong).orElse(5L)),
                new RetryPolicy(
                        Duration.ofSeconds(settings.get("MAIL_RETRY_SECONDS").map(Long::parseLong).orElse(60L)),
                        settings.get("MAIL_MAX_ATTEMPTS").map(Integer::parseInt)
                                .orElse(RetryPolicy.STANDARD.maxAttempts())));
    }
}
