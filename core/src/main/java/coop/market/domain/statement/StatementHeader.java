package coop.market.domain.statement;

import java.time.LocalDate;
import java.util.Objects;

/** Whose statement it is, from whom, for which tax year, and the day it was made (a year may not be over yet). */
public record StatementHeader(String coopName, String memberId, String memberName, TaxYear taxYear,
        LocalDate madeOn) {

    public StatementHeader {
        Objects.requireNonNull(coopName, "coopName");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(taxYear, "taxYear");
        Objects.requireNonNull(madeOn, "madeOn");
    }

    /** Whether the tax year had ended when the statement was made; if not, its figures are so far. */
    public boolean yearOver() {
        return madeOn.isAfter(taxYear.end());
    }
}
