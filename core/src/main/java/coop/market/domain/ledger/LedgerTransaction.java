package coop.market.domain.ledger;

import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * One business event in the books: postings whose debits equal their credits, in one currency. It is
 * made once and never changed: the event it records ({@code eventType} and {@code eventId}, e.g.
 * "invoice.issued" and the invoice's id) can be posted only once (the database holds that too), and a
 * mistake is undone by {@link #reversal}, a new transaction with every posting on the other side.
 */
@Entity
@Table(name = "ledger_transaction")
public class LedgerTransaction {

    @Id
    private String id;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "event_type")
    private String eventType;

    @Column(name = "event_id")
    private String eventId;

    private String description;

    /** The transaction this one undoes, if it is a reversal. */
    @Column(name = "reverses_id")
    private String reversesId;

    @Column(name = "currency_code")
    private String currencyCode;

    @OneToMany(mappedBy = "transaction", cascade = CascadeType.PERSIST)
    @OrderBy("side DESC, account")
    private List<Posting> postings = new ArrayList<>();

    protected LedgerTransaction() {
    }

    /**
     * @throws IllegalArgumentException unless there are at least two entries, all in one currency, whose
     *     debits and credits are equal
     */
    public LedgerTransaction(String id, Instant postedAt, String eventType, String eventId, String description,
            List<Entry> entries) {
        this(id, postedAt, eventType, eventId, description, null, entries);
    }

    private LedgerTransaction(String id, Instant postedAt, String eventType, String eventId, String description,
            String reversesId, List<Entry> entries) {
        this.id = Objects.requireNonNull(id);
        this.postedAt = Objects.requireNonNull(postedAt);
        this.eventType = requireText(eventType, "event type");
        this.eventId = requireText(eventId, "event id");
        this.description = requireText(description, "description");
        this.reversesId = reversesId;
        if (entries.size() < 2) {
            throw new IllegalArgumentException("A transaction has at least two postings");
        }
        Currency currency = entries.get(0).amount().currency();
        long balance = 0;
        for (Entry entry : entries) {
            if (!entry.amount().currency().equals(currency)) {
                throw new IllegalArgumentException("A transaction is in one currency");
            }
            Posting posting = new Posting(Ids.newId(), this, entry.account(), entry.side(), entry.amount().minor());
            balance = Math.addExact(balance, posting.signedMinor());
            postings.add(posting);
        }
        if (balance != 0) {
            throw new IllegalArgumentException("Debits and credits differ by " + Money.ofMinor(balance, currency)
                    + " in " + eventType + " " + eventId);
        }
        this.currencyCode = currency.getCurrencyCode();
    }

    /** A transaction that undoes this one: the same postings, each on the other side. */
    public LedgerTransaction reversal(String id, Instant postedAt, String eventType, String eventId, String why) {
        List<Entry> undone = postings.stream()
                .map(posting -> new Entry(posting.account(), posting.side().opposite(), posting.amount()))
                .toList();
        return new LedgerTransaction(id, postedAt, eventType, eventId, "Reverses " + description + ": " + why,
                this.id, undone);
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A transaction needs its " + what);
        }
        return text;
    }

    public String id() {
        return id;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public String eventType() {
        return eventType;
    }

    public String eventId() {
        return eventId;
    }

    public String description() {
        return description;
    }

    public String reversesId() {
        return reversesId;
    }

    Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    public List<Posting> postings() {
        return List.copyOf(postings);
    }
}
