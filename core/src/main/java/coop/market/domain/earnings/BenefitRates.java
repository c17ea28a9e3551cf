package coop.market.domain.earnings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rate table as it stands: which figure of a name is in force on a day (the latest that has started). */
public final class BenefitRates {

    private final List<BenefitRate> rates;

    public BenefitRates(List<BenefitRate> rates) {
        this.rates = rates.stream().sorted(Comparator.comparing(BenefitRate::name)
                .thenComparing(BenefitRate::effectiveFrom)).toList();
    }

    public Optional<BenefitRate> inForce(String name, LocalDate day) {
        BenefitRate found = null;
        for (BenefitRate rate : rates) {
            if (rate.name().equals(name) && !rate.effectiveFrom().isAfter(day)) {
                found = rate;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every rate, by name and then date. */
    public List<BenefitRate> all() {
        return rates;
    }
}
