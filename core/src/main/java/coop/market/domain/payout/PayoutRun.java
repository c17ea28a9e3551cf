package coop.market.domain.payout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Paying members for a period: each member's share of money received up to the period's end and not yet paid
 * out, less the co-op's contribution. Made as a draft to look over, approved, then executed. While a run is open
 * the database lets no second one be made, so the same money can never be in two runs.
 */
@Entity
@Table(name = "payout_run")
public class PayoutRun {

    private static final String OPEN = "Y";

    @Id
    private String id;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    /** Money received before this moment (the end of the period's last day) is in the run. */
    @Column(name = "received_to")
    private Instant receivedTo;

    @Enumerated(EnumType.STRING)
    private PayoutRunStatus status;

    @Column(name = "open_marker")
    private String openMarker;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "executed_at")
    private Instant executedAt;

    @Version
    private long version;

    protected PayoutRun() {
    }

    public PayoutRun(String id, LocalDate periodEnd, Instant receivedTo, Currency currency, Instant createdAt,
            String createdBy) {
        this.id = Objects.requireNonNull(id);
        this.periodEnd = Objects.requireNonNull(periodEnd);
        this.receivedTo = Objects.requireNonNull(receivedTo);
        this.currencyCode = currency.getCurrencyCode();
        this.status = PayoutRunStatus.DRAFT;
        this.openMarker = OPEN;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    /** Someone has looked the draft over and agrees it should be paid. */
    public void approve(String by, Instant at) {
        if (status != PayoutRunStatus.DRAFT) {
            throw new IllegalStateException("Only a draft is approved; this run is " + status);
        }
        Objects.requireNonNull(by);
        Objects.requireNonNull(at);
        status = PayoutRunStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    /** Every pay-out in the run is settled: the run is closed and the next one may be made. */
    public void executed(Instant at) {
        if (status != PayoutRunStatus.APPROVED) {
            throw new IllegalStateException("Only an approved run is executed; this run is " + status);
        }
        executedAt = Objects.requireNonNull(at);
        status = PayoutRunStatus.EXECUTED;
        openMarker = null;
    }

    /** Thrown away before anything was paid: its money stays held for the next run. */
    public void cancel() {
        if (!status.open()) {
            throw new IllegalStateException("This run is " + status + " and cannot be cancelled");
        }
        status = PayoutRunStatus.CANCELLED;
        openMarker = null;
    }

    public String id() {
        return id;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Instant receivedTo() {
        return receivedTo;
    }

    public PayoutRunStatus status() {
        return status;
    }

    public Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant executedAt() {
        return executedAt;
    }

    /**
     * Money posted before this moment is in the run: the end of its period, or the moment the run was made if that
     * came first (a run for today takes what had come in by then; the rest waits for the next run).
     */
    public Instant moneyTo() {
        return createdAt.isBefore(receivedTo) ? createdAt : receivedTo;
    }

    /** Stripe's transfer group for the run's transfers, so they can be found together in Stripe's dashboard. */
    public String transferGroup() {
        return "payout-run-" + id;
    }
}
