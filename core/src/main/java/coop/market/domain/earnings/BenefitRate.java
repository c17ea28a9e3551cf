package coop.market.domain.earnings;

import coop.market.domain.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One figure of the benefit (or tax) rules from a day on, e.g. ESA_HIGHER GBP 195.50 from 2025-04-06. Staff add next
 * April's figures as rows; old rows stay, so past periods keep their own figures. An amount is in minor units
 * of its currency, or in minutes when the unit is {@value #MINUTES}.
 */
@Entity
@Table(name = "benefit_rate")
public class BenefitRate {

    /** The unit of a rate that is a length of time (an hours limit). */
    public static final String MINUTES = "MINUTES";

    /** ESA permitted work's weekly higher earnings limit. */
    public static final String ESA_HIGHER = "ESA_HIGHER";

    /** ESA permitted work's weekly hours: a week's hours must stay under this. */
    public static final String ESA_HOURS = "ESA_HOURS";

    /** HMRC's trading allowance: a year's gross trading income up to it need not be taxed (in force on 6 April). */
    public static final String TRADING_ALLOWANCE = "TRADING_ALLOWANCE";

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Id
    private String id;

    private String name;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    private long amount;

    private String unit;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected BenefitRate() {
    }

    public BenefitRate(String id, String name, LocalDate effectiveFrom, long amount, String unit, Instant createdAt,
            String createdBy) {
        if (!isName(name)) {
            throw new IllegalArgumentException("A rate's name is capitals, digits and _: " + name);
        }
        if (amount < 0) {
            throw new IllegalArgumentException("A rate cannot be negative");
        }
        if (!MINUTES.equals(unit)) {
            Money.currencyOf(unit);
        }
        this.id = Objects.requireNonNull(id);
        this.name = name;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.amount = amount;
        this.unit = unit;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public boolean isMinutes() {
        return MINUTES.equals(unit);
    }

    /** The rate as money; only for a rate in a currency. */
    public Money money() {
        if (isMinutes()) {
            throw new IllegalStateException(name + " is a number of minutes, not money");
        }
        return Money.ofMinor(amount, unit);
    }

    /** The rate as minutes; only for a rate in {@value #MINUTES}. */
    public long minutes() {
        if (!isMinutes()) {
            throw new IllegalStateException(name + " is money, not minutes");
        }
        return amount;
    }
}
