package coop.market.application;

import coop.market.domain.notification.AttachmentPrinter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link AttachmentPrinter} in the application, by the kind of document it prints, so the mail dispatcher
 * prints an invoice, a credit note or a remittance advice alike: {@code <kind>:<id>} goes to that kind's printer.
 * A new kind of document is a new printer; nothing here changes.
 */
@ApplicationScoped
public class AttachmentPrinters {

    @Inject
    Instance<AttachmentPrinter> found;

    private volatile Map<String, AttachmentPrinter> byKind;

    protected AttachmentPrinters() {
    }

    AttachmentPrinters(List<AttachmentPrinter> printers) {
        this.byKind = byKind(printers);
    }

    /**
     * The document {@code printedFrom} names, printed.
     *
     * @throws IllegalArgumentException when no printer prints its kind, or there is no such document
     */
    public byte[] print(String printedFrom) {
        int colon = printedFrom.indexOf(':');
        AttachmentPrinter printer = colon < 0 ? null : printers().get(printedFrom.substring(0, colon));
        if (printer == null) {
            throw new IllegalArgumentException("Nothing prints " + printedFrom);
        }
        return printer.print(printedFrom.substring(0, colon), printedFrom.substring(colon + 1));
    }

    private Map<String, AttachmentPrinter> printers() {
        Map<String, AttachmentPrinter> known = byKind;
        if (known == null) {
            known = byKind(found.stream().toList());
            byKind = known;
        }
        return known;
    }

    /** Two printers of one kind would make which one prints it a matter of chance: refused. */
    private static Map<String, AttachmentPrinter> byKind(List<AttachmentPrinter> printers) {
        Map<String, AttachmentPrinter> byKind = new HashMap<>();
        for (AttachmentPrinter printer : printers) {
            for (String kind : printer.kinds()) {
                if (byKind.putIfAbsent(kind, printer) != null) {
                    throw new IllegalStateException("Two printers print " + kind + " documents");
                }
            }
        }
        return Map.copyOf(byKind);
    }
}
