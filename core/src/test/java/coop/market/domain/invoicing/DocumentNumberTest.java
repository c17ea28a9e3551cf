package coop.market.domain.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @Test
    void numbersArePrintedWithPrefixYearAndFiveDigits() {
        assertEquals("BME-2026-00042", new DocumentNumber(DocumentKind.INVOICE, 2026, 42).format("BME"));
        assertEquals("BME-CN-2026-00003", new DocumentNumber(DocumentKind.CREDIT_NOTE, 2026, 3).format("BME"));
        assertEquals("BME-2027-123456", new DocumentNumber(DocumentKind.INVOICE, 2027, 123_456).format("BME"));
    }

    @Test
    void aSequenceCountsOnWithinAYearAndStartsAgainInTheNext() {
        DocumentSequence invoices = new DocumentSequence(DocumentKind.INVOICE);

        assertEquals(1, invoices.take(2026).sequence());
        assertEquals(2, invoices.take(2026).sequence());
        assertEquals(new DocumentNumber(DocumentKind.INVOICE, 2027, 1), invoices.take(2027));
        assertThrows(IllegalStateException.class, () -> invoices.take(2026), "numbers never run back a year");
    }
}
