package coop.market.domain.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.FieldErrors;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A UK bank account as a member types it: the usual spaces and dashes allowed, anything else refused. */
class BankAccountTest {

    @ParameterizedTest
    @ValueSource(strings = {"12-34-56", "12 34 56", "123456", " 12-34-56 "})
    void aSortCodeIsTakenAsABankWritesItOrAsPlainDigits(String typed) {
        FieldErrors errors = new FieldErrors();

        BankAccount account = BankAccount.parse("Anna Smith", typed, "1234 5678", errors);

        assertTrue(errors.isEmpty(), errors.list().toString());
        assertEquals("123456", account.sortCode());
        assertEquals("12-34-56", account.sortCodeWritten());
        assertEquals("12345678", account.accountNumber());
    }

    @Test
    void theNameIsWrittenInCapitalsAsTheBankFileCarriesIt() {
        BankAccount account = BankAccount.parse("  Anna Smith ", "123456", "12345678", new FieldErrors());
        assertEquals("ANNA SMITH", account.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12-34-5A", "ab-cd-ef", "12/34/56", ""})
    void aSortCodeOfTheWrongLengthOrWithLettersIsRefused(String typed) {
        FieldErrors errors = new FieldErrors();

        assertNull(BankAccount.parse("Anna Smith", typed, "12345678", errors));
        assertEquals(List.of("sortCode"), fields(errors));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567O", "ACCOUNT1"})
    void anAccountNumberOfTheWrongLengthOrWithLettersIsRefused(String typed) {
        FieldErrors errors = new FieldErrors();

        assertNull(BankAccount.parse("Anna Smith", "123456", typed, errors));
        assertEquals(List.of("accountNumber"), fields(errors));
    }

    @Test
    void aNameIsNeededAndFitsInEighteenCharacters() {
        FieldErrors blank = new FieldErrors();
        assertNull(BankAccount.parse("  ", "123456", "12345678", blank));
        assertEquals(List.of("accountName"), fields(blank));

        FieldErrors missing = new FieldErrors();
        assertNull(BankAccount.parse(null, "123456", "12345678", missing));
        assertEquals(List.of("accountName"), fields(missing));

        FieldErrors tooLong = new FieldErrors();
        assertNull(BankAccount.parse("A".repeat(19), "123456", "12345678", tooLong));
        assertEquals(List.of("accountName"), fields(tooLong));

        FieldErrors justRight = new FieldErrors();
        assertEquals("A".repeat(18), BankAccount.parse("a".repeat(18), "123456", "12345678", justRight).name());
        assertTrue(justRight.isEmpty());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        FieldErrors errors = new FieldErrors();

        assertNull(BankAccount.parse("", "12-34", "12", errors));
        assertEquals(List.of("accountName", "sortCode", "accountNumber"), fields(errors));
    }

    @Test
    void aNameThatGrowsInCapitalsStillFitsTheBankFile() {
        FieldErrors errors = new FieldErrors();
        String name = "Jo Straßburger-Lee";
        assertEquals(18, name.length());

        BankAccount account = BankAccount.parse(name, "123456", "12345678", errors);

        assertTrue(account == null ? !errors.isEmpty() : account.name().length() <= 18,
                "kept as " + (account == null ? null : account.name()));
    }

    private static List<String> fields(FieldErrors errors) {
        return errors.list().stream().map(FieldError::field).toList();
    }
}
