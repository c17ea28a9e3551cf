package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An amount a credit note takes off one invoice line. */
@Entity
@Table(name = "credit_note_line")
public class CreditNoteLine {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "credit_note_id")
    private CreditNote creditNote;

    @Column(name = "line_no")
    private int lineNo;

    @Column(name = "invoice_line_id")
    private String invoiceLineId;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Column(name = "net_minor")
    private long netMinor;

    protected CreditNoteLine() {
    }

    CreditNoteLine(String id, CreditNote creditNote, int lineNo, String invoiceLineId, Money amount, Money net) {
        this.id = id;
        this.creditNote = creditNote;
        this.lineNo = lineNo;
        this.invoiceLineId = invoiceLineId;
        this.amountMinor = amount.minor();
        this.netMinor = net.minor();
    }

    public String id() {
        return id;
    }

    public String invoiceLineId() {
        return invoiceLineId;
    }

    /** The amount taken off the line, VAT included. */
    public Money amount() {
        return Money.ofMinor(amountMinor, creditNote.total().currency());
    }

    /** The part of it that is the line's price before VAT. */
    public Money net() {
        return Money.ofMinor(netMinor, creditNote.total().currency());
    }
}
