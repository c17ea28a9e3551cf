package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<InvoiceLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Invoice() {
    }

    /** An issued invoice of these billables, all the customer's, in one currency, in the order given. */
    public Invoice(String id, String number, String customerId, String runId, LocalDate issueDate, LocalDate dueDate,
            List<Billable> billables, Instant createdAt) {
        if (billables.isEmpty()) {
            throw new IllegalArgumentException("An invoice has at least one line");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("An invoice falls due on or after its issue date");
        }
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.customerId = Objects.requireNonNull(customerId);
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
            total = total.plus(billable.total());
            lines.add(new InvoiceLine(this, lines.size() + 1, billable));
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

    /**
     * Takes a payment off what is due and says how it splits between the lines. Each line's share of all
     * payments so far is the total paid split in proportion to the line totals ({@link Money#allocate}, exact
     * to the penny); this payment's share of a line is how much that moved. So however the customer pays in
     * parts, once the invoice is paid every line has received exactly its total, and never more.
     *
     * @throws IllegalArgumentException for nothing, another currency, or more than is due
     * @throws IllegalStateException when the invoice is cancelled out by credit notes
     */
    public List<LineShare> recordPayment(Money amount) {
        if (status == InvoiceStatus.CREDITED) {
            throw new IllegalStateException("Invoice " + number + " is credited in full: nothing is due");
        }
        if (!amount.isPositive() || !amount.currency().equals(currency())) {
            throw new IllegalArgumentException("A payment of " + amount + " cannot be taken");
        }
        if (amount.isGreaterThan(amountDue())) {
            throw new IllegalArgumentException("That is more than is due on " + number + " (" + amountDue() + ")");
        }
        Money before = paid();
        paidMinor += amount.minor();
        status = amountDue().isZero() ? InvoiceStatus.PAID : InvoiceStatus.PART_PAID;
        long[] totals = lines.stream().mapToLong(line -> line.total().minor()).toArray();
        Money[] sharesBefore = before.allocate(totals);
        Money[] sharesAfter = paid().allocate(totals);
        List<LineShare> shares = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Money moved = sharesAfter[i].minus(sharesBefore[i]);
            if (!moved.isZero()) {
                shares.add(new LineShare(lines.get(i), moved));
            }
        }
        return shares;
    }

    /** The lines' totals added up by what they bill (work, fees), for the ledger. */
    public Money totalOf(LineSource source) {
        return lines.stream().filter(line -> line.source() == source).map(InvoiceLine::total)
                .reduce(Money.zero(currency()), Money::plus);
    }
}
