package coop.market.domain.invoicing;

import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an invoice: one supply, on behalf of one member. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id")
    private Invoice invoice;

    @Column(name = "line_no")
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    private LineSource source;

    @Column(name = "source_id")
    private String sourceId;

    private String description;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "member_name")
    private String memberName;

    @Column(name = "supply_date")
    private LocalDate supplyDate;

    private BigDecimal quantity;

    @Column(name = "unit_price_minor")
    private long unitPriceMinor;

    @Column(name = "total_minor")
    private long totalMinor;

    @Column(name = "received_minor")
    private long receivedMinor;

    @Column(name = "credited_minor")
    private long creditedMinor;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int lineNo, Billable billable) {
        this.id = Ids.newId();
        this.invoice = invoice;
        this.lineNo = lineNo;
        this.source = billable.source();
        this.sourceId = billable.sourceId();
        this.description = billable.description();
        this.memberId = billable.memberId();
        this.memberName = billable.memberName();
        this.supplyDate = billable.supplyDate();
        this.quantity = billable.quantity();
        this.unitPriceMinor = billable.unitPrice().minor();
        this.totalMinor = billable.total().minor();
    }

    public String id() {
        return id;
    }

    Invoice invoice() {
        return invoice;
    }

    public int lineNo() {
        return lineNo;
    }

    public LineSource source() {
        return source;
    }

    public String sourceId() {
        return sourceId;
    }

    public String description() {
        return description;
    }

    public String memberId() {
        return memberId;
    }

    public String memberName() {
        return memberName;
    }

    public LocalDate supplyDate() {
        return supplyDate;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return Money.ofMinor(unitPriceMinor, invoice.currency());
    }

    public Money total() {
        return Money.ofMinor(totalMinor, invoice.currency());
    }

    /** What the customer has paid towards this line (and not had back). */
    public Money received() {
        return Money.ofMinor(receivedMinor, invoice.currency());
    }

    /** What credit notes have taken off this line. */
    public Money credited() {
        return Money.ofMinor(creditedMinor, invoice.currency());
    }

    /** What is still to pay on this line: its total less what was received and what was credited. */
    public Money outstanding() {
        return Money.ofMinor(totalMinor - receivedMinor - creditedMinor, invoice.currency());
    }

    void receive(Money amount) {
        receivedMinor += amount.minor();
    }

    void credit(Money amount) {
        creditedMinor += amount.minor();
    }

    /** Money received for this line goes back to the customer, and the line is credited by as much. */
    void refund(Money amount) {
        receivedMinor -= amount.minor();
        creditedMinor += amount.minor();
    }
}
