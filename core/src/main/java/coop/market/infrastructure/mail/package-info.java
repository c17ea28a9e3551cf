/**
 * Sending email through an SMTP server with Jakarta Mail: the adapter behind the domain's
 * {@link coop.market.domain.notification.MailSender}.
 */
package coop.market.infrastructure.mail;
