package coop.market.application;

import coop.market.testing.EasyRead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.member.MemberContact;
import coop.market.domain.notification.Attachment;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutFixtures;
import coop.market.domain.payout.PayoutFrequency;
import coop.market.domain.payout.PayoutMethod;
import coop.market.domain.payout.PayoutPlan;
import coop.market.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The easy-read email with a member's remittance advice: what was paid, where, what the co-op kept, who helps. */
class RemittanceEmailsTest {

    private static final Instant NOW = Instant.parse("2027-04-01T09:00:00Z");
    private static final CoopContact CONTACT = new CoopContact("Bromley Micro Co-op", "hello@bromley-micro.example",
            "01689 000000");
    private static final MemberContact ASHA = new MemberContact("Asha Patel", "asha@example.org");

    @Test
    void aStripePayOutSaysWhatWasPaidWhatTheCoopKeptAndWhereTheLetterIs() {
        OutgoingEmail email = email(payout(5630, 400, PayoutFixtures.stripe("m1", PayoutFrequency.WEEKLY)), ASHA);

        assertEquals("asha@example.org", email.recipientAddress());
        assertEquals("We have paid you £52.30", email.subject());
        assertEquals("""
                Hello Asha,

                We have paid you £52.30.
                It goes into your Stripe account.
                Stripe then sends it to your bank.
                Your work brought in £56.30.
                The co-op kept £4.00. This helps run the co-op.

                The letter attached shows the details.
                Keep it with your papers for benefits and tax.

                Need help? Email hello@bromley-micro.example or call 01689 000000.
                """, email.body());
        assertEquals(new Attachment("Remittance advice COOP PAY 20270331.pdf", Attachment.PDF, "", "remittance:p1"),
                email.attachment().orElseThrow(), "printed from the pay-out when it is sent");
        assertEquals(RemittanceEmails.TOPIC, email.topic());
        assertEquals("p1", email.reference().orElseThrow());
    }

    @Test
    void aBankPayOutNamesTheAccountByItsLastDigitsAndWhenItArrives() {
        String body = email(payout(1800, 0, PayoutFixtures.bank("m1", PayoutFrequency.MONTHLY)), ASHA).body();

        assertTrue(body.contains("We have paid you £18.00.\nIt goes into your bank account ending 5678.\n"
                + "It can take up to 3 days to arrive.\n"), body);
        assertTrue(body.contains("The co-op kept nothing this time."), body);
        assertTrue(!body.contains("12345678") && !body.contains("123456"), "never the whole account or sort code");
    }

    @Test
    void aPayOutTheContributionTookWhollyStillExplainsWhereTheMoneyWent() {
        OutgoingEmail email = email(payout(500, 500, PayoutFixtures.stripe("m1", PayoutFrequency.WEEKLY)), ASHA);

        assertEquals("Your pay letter from Bromley Micro Co-op", email.subject());
        assertTrue(email.body().contains("We have not paid you any money this time.\nYour work brought in £5.00.\n"
                + "The co-op kept all of it. This helps run the co-op.\n"), email.body());
    }

    @Test
    void aMemberWithoutAnEmailAddressGetsNoEmail() {
        Payout payout = payout(1800, 0, PayoutFixtures.stripe("m1", PayoutFrequency.WEEKLY));

        assertTrue(RemittanceEmails.paid(payout, new MemberContact("Asha Patel", null), CONTACT, NOW).isEmpty());
        assertTrue(RemittanceEmails.paid(payout, new MemberContact("Asha Patel", " "), CONTACT, NOW).isEmpty());
        assertTrue(RemittanceEmails.paid(payout, null, CONTACT, NOW).isEmpty(), "no such member any more");
    }

    @Test
    void everyRemittanceEmailIsEasyRead() {
        List<Payout> payouts = List.of(payout(5630, 400, PayoutFixtures.stripe("m1", PayoutFrequency.WEEKLY)),
                payout(123456789, 1234567, PayoutFixtures.bank("m1", PayoutFrequency.WEEKLY)),
                payout(500, 500, PayoutFixtures.bank("m1", PayoutFrequency.WEEKLY)));
        CoopContact longName = new CoopContact("The Bromley and Orpington Marketing Co-operative of Micro Enterprises",
                "hello@bromley-micro.example", "01689 000000");
        for (Payout payout : payouts) {
            OutgoingEmail email = RemittanceEmails.paid(payout, ASHA, longName, NOW).orElseThrow();
            EasyRead.assertShortSentences(email.body(), payout.gross() + " " + payout.method());
            assertTrue(email.body().lines().noneMatch(line -> line.matches(".*\\b[A-Z]{2,}\\b.*")),
                    "no acronyms: " + email.body());
        }
    }

    private static OutgoingEmail email(Payout payout, MemberContact member) {
        return RemittanceEmails.paid(payout, member, CONTACT, NOW).orElseThrow();
    }

    private static Payout payout(long gross, long contribution, PayoutMethod method) {
        return new Payout("p1", "r1", new PayoutPlan.Planned("m1", Money.gbp(gross), Money.gbp(contribution), 7,
                method), "COOP PAY 20270331", null);
    }
}
