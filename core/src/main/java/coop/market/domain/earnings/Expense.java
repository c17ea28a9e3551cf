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
import java.util.Objects;

/**
 * An allowable expense of a member's business (materials, travel, equipment) that staff record. Benefit rules
 * count earnings after such expenses, so it lowers the member's earnings in the period of its date. A financial
 * record: kept, never deleted.
 */
@Entity
@Table(name = "member_expense")
public class Expense {

    @Id
    private String id;

    @Column(name = "member_id")
    private String memberId;

    @Column(name = "spent_on")
    private LocalDate spentOn;

    @Enumerated(EnumType.STRING)
    private ExpenseCategory category;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Column(name = "currency_code")
    private String currencyCode;

    private String description;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected Expense() {
    }

    public Expense(String id, String memberId, LocalDate spentOn, ExpenseCategory category, Money amount,
            String description, Instant createdAt, String createdBy) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("An expense is an amount above nothing");
        }
        this.id = Objects.requireNonNull(id);
        this.memberId = Objects.requireNonNull(memberId);
        this.spentOn = Objects.requireNonNull(spentOn);
        this.category = Objects.requireNonNull(category);
        this.amountMinor = amount.minor();
        this.currencyCode = amount.currency().getCurrencyCode();
        this.description = Objects.requireNonNull(description);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public LocalDate spentOn() {
        return spentOn;
    }

    public ExpenseCategory category() {
        return category;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currencyCode);
    }

    public String description() {
        return description;
    }

    public String createdBy() {
        return createdBy;
    }
}
