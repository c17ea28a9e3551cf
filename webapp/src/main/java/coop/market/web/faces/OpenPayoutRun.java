package coop.market.web.faces;

import coop.market.application.PayoutRunService;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import java.io.Serializable;

/** The pay-out run not yet paid or cancelled, in words: it must be finished before another is made. */
public record OpenPayoutRun(String id, String periodEnd, String status) implements Serializable {

    /** The open run, or null when there is none (at most one is open at a time). */
    static OpenPayoutRun find(PayoutRunService runs, Actor staff) {
        return runs.runs(staff).stream().filter(run -> run.status().open()).findFirst()
                .map(run -> new OpenPayoutRun(run.id(), PlainWords.date(run.periodEnd()), PayoutWords.of(run.status())))
                .orElse(null);
    }
}
