package coop.market.domain.invoicing;

/** A document's place in its sequence: the n-th invoice (or credit note) of a year. */
public record DocumentNumber(DocumentKind kind, int year, long sequence) {

    public DocumentNumber {
        if (sequence < 1 || year < 2000 || year > 9999) {
            throw new IllegalArgumentException("No such document number: " + year + "/" + sequence);
        }
    }

    /** As printed, with the co-op's prefix: {@code BME-2026-00042}, or {@code BME-CN-2026-00003} for a credit note. */
    public String format(String prefix) {
        String digits = Long.toString(sequence);
        return prefix + "-" + kind.marker() + year + "-" + "0".repeat(Math.max(0, 5 - digits.length())) + digits;
    }
}
