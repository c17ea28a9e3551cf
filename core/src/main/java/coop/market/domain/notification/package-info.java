/**
 * Emails the co-op sends, and the outbox that makes them dependable. A use case writes its
 * emails to the outbox in the same database transaction as the change they report, so an email
 * exists exactly when the change does; a background worker then hands them to a {@link
 * coop.market.domain.notification.MailSender}, trying again later when delivery fails.
 */
package coop.market.domain.notification;
