package coop.market.spi;

import coop.market.domain.shared.Money;
import java.util.List;

/** A trade's price for a request: its lines, and any warnings to show beside it. */
public record Quote(List<PricedLine> lines, List<RuleFinding> findings) {

    public Quote {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("A quote needs at least one line");
        }
        lines = List.copyOf(lines);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public Money total() {
        return lines.stream().map(PricedLine::total).reduce(Money::plus).orElseThrow();
    }
}
