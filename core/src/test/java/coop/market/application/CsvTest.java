package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CSV rows as banks and spreadsheets read them, with no way for a field to run as a formula. */
class CsvTest {

    @Test
    void plainFieldsAreJoinedByCommasAndEndInCrLf() {
        assertEquals("ANNA SMITH,123456,12345678,92.00\r\n", Csv.row("ANNA SMITH", "123456", "12345678", "92.00"));
        assertEquals("a,,c\r\n", Csv.row("a", null, "c"));
        assertEquals(",\r\n", Csv.row("", ""));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("\"Smith, Anna\",x\r\n", Csv.row("Smith, Anna", "x"));
        assertEquals("\"The \"\"Best\"\" Gardens\"\r\n", Csv.row("The \"Best\" Gardens"));
        assertEquals("\"two\nlines\",\"cr\r\"\r\n", Csv.row("two\nlines", "cr\r"));
    }

    @Test
    void aFieldThatASpreadsheetWouldRunAsAFormulaIsMadeText() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"\r\n", Csv.row("=HYPERLINK(\"x\")"));
        assertEquals("'=1+2\r\n", Csv.row("=1+2"));
        assertEquals("'+44 20 7946 0000\r\n", Csv.row("+44 20 7946 0000"));
        assertEquals("'@SUM(A1:A9)\r\n", Csv.row("@SUM(A1:A9)"));
        assertEquals("'-2+3+cmd|' /C calc'!A0\r\n", Csv.row("-2+3+cmd|' /C calc'!A0"));
        assertEquals("\"'=1,2\"\r\n", Csv.row("=1,2"), "made text, then quoted");
    }

    @Test
    void aNegativeAmountIsLeftANumber() {
        assertEquals("-12.50,12.50\r\n", Csv.row("-12.50", "12.50"));
        assertEquals("-7\r\n", Csv.row("-7"));
    }
}
