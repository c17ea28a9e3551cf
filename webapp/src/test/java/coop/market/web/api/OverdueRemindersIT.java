package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Mailbox;
import coop.market.web.support.TestServerDatabase;
import coop.market.web.support.Trader;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Overdue invoices: the customer is reminded at 7 and at 21 days past the due date, once each. */
class OverdueRemindersIT extends ArquillianIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aCustomerIsRemindedAtSevenAndAtTwentyOneDaysOnceEach() throws Exception {
        String email = Api.uniqueEmail("late");
        var joined = anonymous().post("/customers", """
                {"name": "Lee Long", "email": "%s", "password": "a long enough pass phrase",
                 "address": {"line1": "4 Ash Close", "town": "Orpington", "postcode": "BR6 0AD"}}""".formatted(email));
        assertEquals(201, joined.status(), joined.toString());
        String customer = joined.object().getString("id");
        Trader hana = newTrader("Hana Hill", "cleaning");
        LocalDate today = LocalDate.now(LONDON);
        var recorded = staff().post("/bookings", """
                {"listingId": "%s", "customerId": "%s", "start": "%sT10:00", "durationMinutes": 60}"""
                .formatted(hana.listing(), customer, today.minusDays(1)));
        assertEquals(201, recorded.status(), recorded.toString());
        assertEquals(200, staff().post("/bookings/" + recorded.object().getString("id") + "/complete", "").status());
        assertEquals(201, staff().post("/invoice-runs", "{\"periodEnd\": \"%s\"}".formatted(today)).status());
        JsonObject invoice = staff().get("/invoices?customerId=" + customer).array().getJsonObject(0);
        String number = invoice.getString("number");

        dueOn(invoice.getString("id"), today.minusDays(8));
        MimeMessage first = Mailbox.waitForSubject(email, subject -> subject.startsWith("Reminder"), WAIT);
        assertEquals("Reminder: invoice " + number + " is overdue", first.getSubject());
        assertTrue(first.getContent().toString().contains("£18.00 of it is still to pay"),
                first.getContent().toString());

        dueOn(invoice.getString("id"), today.minusDays(22));
        MimeMessage second = Mailbox.waitForSubject(email, subject -> subject.startsWith("Second reminder"), WAIT);
        assertEquals("Second reminder: invoice " + number + " is overdue", second.getSubject());

        Thread.sleep(5_000); // several more rounds of the reminder sweep
        assertEquals(2, Mailbox.to(email).stream().filter(m -> subject(m).endsWith(number + " is overdue")).count(),
                "each stage once");
    }

    private static void dueOn(String invoiceId, LocalDate day) throws Exception {
        try (Connection db = TestServerDatabase.open();
                PreparedStatement age = db.prepareStatement("UPDATE invoice SET due_date = ? WHERE id = ?")) {
            age.setDate(1, Date.valueOf(day));
            age.setString(2, invoiceId);
            assertEquals(1, age.executeUpdate());
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
