package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One invoice to one customer, issued by the co-op on its members' behalf: a number, dates, and lines
 * each supplied by one member. Once issued its lines never change; payments and credit notes move its
 * status and what is still due.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    private String id;

    private String number;

    @Column(name = "customer_id")
    private String customerId;

    @Embedded
    private BilledTo billedTo;

    @Column(name = "run_id")
    private String runId;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;

    @Column(name = "total_minor")
    private long totalMinor;

    @Column(name = "paid_minor")
    private long paidMinor;

    @Column(name = "credited_minor")
    private long creditedMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "vat_number")
    private String vatNumber;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {
    }

    /**
     * An issued invoice of these billables, all the customer's, in one currency, in the order given; with VAT
     * at this rate on each line when the co-op is VAT registered under that number (both null when it is not).
     * It is made out to the customer as they are now ({@code billedTo}), and stays so.
     */
    public Invoice(String id, String number, String customerId, BilledTo billedTo, String runId, LocalDate issueDate, LocalDate dueDate,
            List<Billable> billables, VatRate vat, String vatNumber, Instant createdAt) {
        if ((vat == null) != (vatNumber == null)) {
            throw new IllegalArgumentException("VAT is charged with a VAT number, and only with one");
        }
        this.vatNumber = vatNumber;
        if (billables.isEmpty()) {
            throw new IllegalArgumentException("An invoice has at least one line");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("An invoice falls due on or after its issue date");
        }
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.customerId = Objects.requireNonNull(customerId);
        this.billedTo = Objects.requireNonNull(billedTo);
        this.runId = runId;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.status = InvoiceStatus.ISSUED;
        this.createdAt = Objects.requireNonNull(createdAt);
        Currency currency = billables.get(0).total().currency();
        this.currencyCode = currency.getCurrencyCode();
        Money total = Money.zero(currency);
        for (Billable billable : billables) {
            if (!billable.customerId().equals(customerId)) {
                throw new IllegalArgumentException("Line for another customer: " + billable.sourceId());
            }
            InvoiceLine line = new InvoiceLine(this, lines.size() + 1, billable, vat);
            lines.add(line);
            total = total.plus(line.gross());
        }
        this.totalMinor = total.minor();
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String customerId() {
        return customerId;
    }

    /** Who it is made out to, as they were when it was issued. */
    public BilledTo billedTo() {
        return billedTo;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public InvoiceStatus status() {
        return status;
    }

    public Money total() {
        return Money.ofMinor(totalMinor, currency());
    }

    /** What the customer still owes on it: the total less payments and credit notes. */
    public Money amountDue() {
        return Money.ofMinor(totalMinor - paidMinor - creditedMinor, currency());
    }

    public List<InvoiceLine> lines() {
        return List.copyOf(lines);
    }

    Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    public Money paid() {
        return Money.ofMinor(paidMinor, currency());
    }

    public Money credited() {
        return Money.ofMinor(creditedMinor, currency());
    }

    /** The line with this id, if it is one of this invoice's. */
    public Optional<InvoiceLine> line(String lineId) {
        return lines.stream().filter(line -> line.id().equals(lineId)).findFirst();
    }

    /**
     * Takes a payment off what is due and says how it splits between the lines: in proportion to what
     * each line still has outstanding ({@link Money#allocate}, exact to the penny). A line's share is never
     * more than it has outstanding, and the payment that clears the invoice clears every line exactly, so
     * however the customer pays in parts, and whatever was credited between, each line (so each member)
     * receives exactly what it is owed, and never more.
     *
     * @throws IllegalArgumentException for nothing, another currency, or more than is due
     * @throws IllegalStateException when the invoice is cancelled out by credit notes
     */
    public List<LineShare> recordPayment(Money amount) {
        if (status == InvoiceStatus.CREDITED) {
            throw new IllegalStateException("Invoice " + number + " is credited in full: nothing is due");
        }
        requireSome(amount);
        if (amount.isGreaterThan(amountDue())) {
            throw new IllegalArgumentException("That is more than is due on " + number + " (" + amountDue() + ")");
        }
        List<LineShare> shares = split(amount, InvoiceLine::outstanding).stream()
                .map(part -> part.line().receive(part.amount())).toList();
        paidMinor += amount.minor();
        settleStatus();
        return shares;
    }

    /**
     * Takes amounts off lines that are not yet paid (a credit note). What the customer has already paid
     * is not credited this way: that is a refund ({@link #refund}), because money has to go back.
     *
     * @return the credits with the part of each that is the line's price before VAT
     * @throws IllegalArgumentException naming the line, for an amount above what it has outstanding
     */
    public List<LineShare> credit(List<LineShare> credits) {
        for (LineShare credit : credits) {
            InvoiceLine line = credit.line();
            requireSome(credit.amount());
            if (line.invoice() != this) {
                throw new IllegalArgumentException("Line " + line.id() + " is not on invoice " + number);
            }
            if (credit.amount().isGreaterThan(line.outstanding())) {
                throw new IllegalArgumentException("Line " + line.lineNo() + " has " + line.outstanding()
                        + " unpaid; money already paid is corrected by a refund");
            }
        }
        List<LineShare> done = new ArrayList<>();
        for (LineShare credit : credits) {
            done.add(credit.line().credit(credit.amount()));
            creditedMinor += credit.amount().minor();
        }
        settleStatus();
        return done;
    }

    /**
     * Gives money back to the customer: it comes off what each line has received, in proportion (exact to
     * the penny), and each line is credited by as much, so what is due does not change.
     *
     * @throws IllegalArgumentException for nothing, another currency, or more than was paid
     */
    public List<LineShare> refund(Money amount) {
        requireSome(amount);
        if (amount.isGreaterThan(paid())) {
            throw new IllegalArgumentException("Only " + paid() + " has been paid on " + number);
        }
        List<LineShare> shares = split(amount, InvoiceLine::received).stream()
                .map(part -> part.line().refund(part.amount())).toList();
        paidMinor -= amount.minor();
        creditedMinor += amount.minor();
        settleStatus();
        return shares;
    }

    private void requireSome(Money amount) {
        if (!amount.isPositive() || !amount.currency().equals(currency())) {
            throw new IllegalArgumentException("An amount of " + amount + " cannot be taken on " + number);
        }
    }

    /** The amount cut in proportion to each line's weight; lines given nothing are left out. */
    private List<LineShare> split(Money amount, Function<InvoiceLine, Money> weight) {
        long[] weights = lines.stream().mapToLong(line -> weight.apply(line).minor()).toArray();
        Money[] parts = amount.allocate(weights);
        List<LineShare> shares = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!parts[i].isZero()) {
                shares.add(new LineShare(lines.get(i), parts[i]));
            }
        }
        return shares;
    }

    private void settleStatus() {
        if (creditedMinor == totalMinor) {
            status = InvoiceStatus.CREDITED;
        } else if (amountDue().isZero()) {
            status = InvoiceStatus.PAID;
        } else if (paidMinor > 0) {
            status = InvoiceStatus.PART_PAID;
        } else {
            status = InvoiceStatus.ISSUED;
        }
    }

    /** The lines' totals before VAT. */
    public Money netTotal() {
        return lines.stream().map(InvoiceLine::total).reduce(Money.zero(currency()), Money::plus);
    }

    /** The VAT on all the lines (nothing when the co-op is not VAT registered). */
    public Money vatTotal() {
        return lines.stream().map(InvoiceLine::vat).reduce(Money.zero(currency()), Money::plus);
    }

    /** The co-op's VAT number when it was issued, if it was VAT registered then. */
    public Optional<String> vatNumber() {
        return Optional.ofNullable(vatNumber);
    }
}
