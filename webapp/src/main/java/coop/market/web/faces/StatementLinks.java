package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.PlainWords;
import coop.market.domain.statement.TaxYear;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Links to members' tax-year statements for the pages: this tax year and the one before, as the API serves them
 * (PDF or CSV). The API accepts the page's session, so a plain link downloads the file; it checks again who may.
 */
@Named
@RequestScoped
public class StatementLinks {

    private static final String API = "/api/v1";

    @Inject
    CooperativeService cooperative;

    /** This tax year, then last year's. */
    public List<TaxYear> getYears() {
        TaxYear now = TaxYear.containing(cooperative.today());
        return List.of(now, new TaxYear(now.startYear() - 1));
    }

    /** The signed-in member's own statement, e.g. {@code /api/v1/me/statements/pdf?taxYear=2026}. */
    public String mine(TaxYear year, String format) {
        return API + "/me/statements/" + format + "?taxYear=" + year.startYear();
    }

    /** A member's statement, for staff. */
    public String ofMember(String memberId, TaxYear year, String format) {
        return API + "/members/" + Answers.encoded(memberId) + "/statements/" + format + "?taxYear="
                + year.startYear();
    }

    /** "6 April 2026 to 5 April 2027", as the member reads it. */
    public String span(TaxYear year) {
        return PlainWords.date(year.start()) + " to "
                + PlainWords.date(year.end());
    }
}
