package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.coop.PayeeAccount;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How to pay an invoice by bank transfer, with and without the co-op's account given. */
class HowToPayTest {

    private static final Optional<PayeeAccount> ACCOUNT = Optional.of(
            new PayeeAccount("Bromley Micro Enterprises CIC", "123456", "12345678"));

    @Test
    void withTheCoopsAccountItSaysWhereToPayAndWhatToQuote() {
        assertEquals("by bank transfer to Bromley Micro Enterprises CIC, sort code 12-34-56, account number"
                + " 12345678, quoting BME-2027-00042 as the reference", HowToPay.byTransfer(ACCOUNT, "BME-2027-00042"));
        assertEquals(Optional.of("How to pay: by bank transfer to Bromley Micro Enterprises CIC, sort code 12-34-56,"
                + " account number 12345678, quoting BME-2027-00042 as the reference."),
                HowToPay.intoAccount(ACCOUNT, "BME-2027-00042"));
    }

    @Test
    void withoutAnAccountItSaysOnlyToQuoteTheNumber() {
        assertEquals("by bank transfer, quoting BME-2027-00042 as the reference",
                HowToPay.byTransfer(Optional.empty(), "BME-2027-00042"));
        assertEquals(Optional.empty(), HowToPay.intoAccount(Optional.empty(), "BME-2027-00042"));
    }
}
