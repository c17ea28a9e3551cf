package coop.market.domain.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The counter behind one kind of document's numbers: the year it counts and the last number it gave. */
@Entity
@Table(name = "document_sequence")
public class DocumentSequence {

    @Id
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    /** "year" is a reserved word in H2. */
    @Column(name = "counting_year")
    private int year;

    @Column(name = "last_number")
    private long lastNumber;

    protected DocumentSequence() {
    }

    public DocumentSequence(DocumentKind kind) {
        this.kind = kind;
    }

    /** The next number in this year; a new year starts again at 1. Numbers never run back to an earlier year. */
    public DocumentNumber take(int inYear) {
        if (inYear < year) {
            throw new IllegalStateException(kind + " numbers have reached " + year + "; cannot number one in " + inYear);
        }
        if (inYear > year) {
            year = inYear;
            lastNumber = 0;
        }
        lastNumber++;
        return new DocumentNumber(kind, year, lastNumber);
    }
}
