package coop.market.web.faces;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;

/** Amounts typed in pounds on the back office's forms ("12.50", "£1,200"), as pence. */
final class Pounds {

    private Pounds() {
    }

    /** The pence, or null when it is not an amount above nothing with at most two decimal places. */
    static Long toPence(String pounds) {
        try {
            String text = pounds == null ? "" : pounds.strip().replace("£", "").replace(",", "");
            BigDecimal value = new BigDecimal(text);
            return value.signum() > 0 ? Money.parse(value.toPlainString(), Money.GBP).minor() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
