package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coop.market.domain.notification.AttachmentPrinter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttachmentPrintersTest {

    /** Prints "<kind> <id>" for each of its kinds. */
    private record Echo(Set<String> kinds) implements AttachmentPrinter {

        @Override
        public byte[] print(String kind, String id) {
            return (kind + " " + id).getBytes(StandardCharsets.UTF_8);
        }
    }

    private final AttachmentPrinters printers = new AttachmentPrinters(
            List.of(new Echo(Set.of("invoice", "credit-note")), new Echo(Set.of("remittance"))));

    @Test
    void eachDocumentGoesToThePrinterOfItsKindWithItsId() {
        assertArrayEquals(bytes("invoice 42"), printers.print("invoice:42"));
        assertArrayEquals(bytes("credit-note 7"), printers.print("credit-note:7"));
        assertArrayEquals(bytes("remittance a:b"), printers.print("remittance:a:b"), "the id is all after the kind");
    }

    @Test
    void aKindNobodyPrintsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> printers.print("statement:1"));
        assertThrows(IllegalArgumentException.class, () -> printers.print("no-kind-at-all"));
    }

    @Test
    void twoPrintersOfOneKindAreRefused() {
        assertThrows(IllegalStateException.class, () -> new AttachmentPrinters(
                List.of(new Echo(Set.of("invoice")), new Echo(Set.of("invoice")))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
