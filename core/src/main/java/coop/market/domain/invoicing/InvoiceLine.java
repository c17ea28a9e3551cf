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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

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

    @Column(name = "vat_rate_bp")
    private Integer vatRateBasisPoints;

    @Column(name = "vat_minor")
    private long vatMinor;

    @Column(name = "received_minor")
    private long receivedMinor;

    @Column(name = "credited_minor")
    private long creditedMinor;

    /** The part of {@code receivedMinor} that is the line's price before VAT (the member's). */
    @Column(name = "received_net_minor")
    private long receivedNetMinor;

    @Column(name = "credited_net_minor")
    private long creditedNetMinor;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice, int lineNo, Billable billable, VatRate vat) {
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
        if (vat != null) {
            this.vatRateBasisPoints = vat.basisPoints();
            this.vatMinor = vat.on(billable.total()).minor();
        }
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

    /** The VAT rate charged on this line, if the co-op is VAT registered. */
    public Optional<VatRate> vatRate() {
        return Optional.ofNullable(vatRateBasisPoints).map(VatRate::new);
    }

    public Money vat() {
        return Money.ofMinor(vatMinor, invoice.currency());
    }

    /** What the customer pays for this line: its total and its VAT. */
    public Money gross() {
        return Money.ofMinor(totalMinor + vatMinor, invoice.currency());
    }

    /** What the customer has paid towards this line, VAT included (and not had back). */
    public Money received() {
        return Money.ofMinor(receivedMinor, invoice.currency());
    }

    /** The member's part of what was received: without the VAT. */
    public Money receivedNet() {
        return Money.ofMinor(receivedNetMinor, invoice.currency());
    }

    /** The part of what was credited that is the line's price before VAT. */
    public Money creditedNet() {
        return Money.ofMinor(creditedNetMinor, invoice.currency());
    }

    /** What credit notes have taken off this line, VAT included. */
    public Money credited() {
        return Money.ofMinor(creditedMinor, invoice.currency());
    }

    /** What is still to pay on this line: what the customer pays for it less what was received and credited. */
    public Money outstanding() {
        return Money.ofMinor(totalMinor + vatMinor - receivedMinor - creditedMinor, invoice.currency());
    }

    /**
     * How much of the line's price before VAT has been used up (received or credited) once this much of its
     * gross is: in proportion, rounded down, and exactly the line's total once all is used. Counting shares as
     * differences of this keeps the VAT and the member's money exact to the penny, whatever order things come in.
     */
    private long netUsedUpAt(long grossUsed) {
        long gross = totalMinor + vatMinor;
        if (grossUsed >= gross) {
            return totalMinor;
        }
        return BigDecimal.valueOf(grossUsed).multiply(BigDecimal.valueOf(totalMinor))
                .divide(BigDecimal.valueOf(gross), 0, RoundingMode.DOWN).longValueExact();
    }

    private Money netOfMore(long more) {
        long usedBefore = receivedMinor + creditedMinor;
        return Money.ofMinor(netUsedUpAt(usedBefore + more) - netUsedUpAt(usedBefore), invoice.currency());
    }

    LineShare receive(Money amount) {
        Money net = netOfMore(amount.minor());
        receivedMinor += amount.minor();
        receivedNetMinor += net.minor();
        return new LineShare(this, amount, net);
    }

    LineShare credit(Money amount) {
        Money net = netOfMore(amount.minor());
        creditedMinor += amount.minor();
        creditedNetMinor += net.minor();
        return new LineShare(this, amount, net);
    }

    /** Money received for this line goes back to the customer, and the line is credited by as much. */
    LineShare refund(Money amount) {
        long net = amount.minor() == receivedMinor ? receivedNetMinor
                : BigDecimal.valueOf(amount.minor()).multiply(BigDecimal.valueOf(receivedNetMinor))
                        .divide(BigDecimal.valueOf(receivedMinor), 0, RoundingMode.DOWN).longValueExact();
        receivedMinor -= amount.minor();
        receivedNetMinor -= net;
        creditedMinor += amount.minor();
        creditedNetMinor += net;
        return new LineShare(this, amount, Money.ofMinor(net, invoice.currency()));
    }
}
