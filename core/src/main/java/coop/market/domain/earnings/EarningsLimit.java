package coop.market.domain.earnings;

import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's earnings limit from a day on, as set at their benefits review. Never changed: a new review adds a
 * new limit, so the limit that applied to any past period can still be shown. For ESA permitted work the amount
 * may be left out, and then the rate table's higher limit applies (the April uprating needs no edit per member).
 */
@Entity
@Table(name = "earnings_limit")
public class EarningsLimit {

    @Id
    private String id;

    @Column(name = "member_id")
    private String memberId;

    @Enumerated(EnumType.STRING)
    private LimitKind kind;

    @Column(name = "amount_minor")
    private Long amountMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_length")
    private PeriodLength periodLength;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected EarningsLimit() {
    }

    /**
     * @param amount null only for ESA permitted work (the rate table's higher limit)
     */
    public EarningsLimit(String id, String memberId, LimitKind kind, Money amount, Currency currency,
            PeriodPattern pattern, LocalDate effectiveFrom, Instant createdAt, String createdBy) {
        Objects.requireNonNull(kind, "kind");
        if (amount == null && kind != LimitKind.ESA_PERMITTED_WORK) {
            throw new IllegalArgumentException(kind + " needs an amount");
        }
        if (amount != null && (amount.isNegative() || !amount.currency().equals(currency))) {
            throw new IllegalArgumentException("A limit is a positive amount in " + currency);
        }
        if (kind.fixedPeriod() != null && kind.fixedPeriod() != pattern.length()) {
            throw new IllegalArgumentException(kind + " periods are " + kind.fixedPeriod());
        }
        this.id = Objects.requireNonNull(id);
        this.memberId = Objects.requireNonNull(memberId);
        this.kind = kind;
        this.amountMinor = amount == null ? null : amount.minor();
        this.currencyCode = currency.getCurrencyCode();
        this.periodLength = pattern.length();
        this.periodStart = pattern.anchor();
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public LimitKind kind() {
        return kind;
    }

    /** The amount set for this member; empty when ESA's higher limit from the rate table applies. */
    public Optional<Money> amount() {
        return amountMinor == null ? Optional.empty() : Optional.of(Money.ofMinor(amountMinor, currencyCode));
    }

    public Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    public PeriodPattern pattern() {
        return new PeriodPattern(periodLength, periodStart);
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether the weekly hours count too: only for ESA permitted work. */
    public boolean capsHours() {
        return kind == LimitKind.ESA_PERMITTED_WORK;
    }
}
