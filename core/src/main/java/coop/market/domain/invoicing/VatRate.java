package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The VAT rate a VAT-registered co-op charges, in basis points (2000 = 20%). VAT is worked out per line and
 * rounded to the nearest penny (half up), as HMRC allows.
 */
public record VatRate(int basisPoints) {

    public static final VatRate STANDARD = new VatRate(2000);

    public VatRate {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("A VAT rate is from 0% to 100%, not " + basisPoints + " basis points");
        }
    }

    public Money on(Money net) {
        return net.times(BigDecimal.valueOf(basisPoints).movePointLeft(4), RoundingMode.HALF_UP);
    }

    /** 20, 5, 17.5 ... as printed. */
    public BigDecimal percent() {
        return BigDecimal.valueOf(basisPoints).movePointLeft(2).stripTrailingZeros();
    }
}
