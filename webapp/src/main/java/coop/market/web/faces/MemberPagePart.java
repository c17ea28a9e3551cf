package coop.market.web.faces;

import coop.market.domain.account.Actor;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A part of the staff member page with a form of its own (how they are paid, their earnings limit, their
 * contribution): staff only, for the member the page is about. Its button is a plain submit named {@code act},
 * read by the part's view action, so each part saves only its own form; what was typed stays when something is
 * wrong.
 */
abstract class MemberPagePart {

    @Inject
    SignedIn signedIn;

    /** The page this sits on, which has the member's id (from the address, and kept on a postback). */
    @Inject
    MemberView page;

    /** Saves this part's form when it was sent; otherwise, or when something was wrong, shows the member's. */
    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        String id = page.getId();
        if (staff.isEmpty() || id == null) {
            return;
        }
        Map<String, String> sent = Forms.sentBy(act());
        if (sent != null && save(id, sent, staff.get())) {
            return;
        }
        try {
            show(id, staff.get());
        } catch (NotFoundException e) {
            // No such member: the page says so.
        }
    }

    /** What this part's button sends as {@code act}. */
    abstract String act();

    /** Saves what was typed; true when the page has been answered with a redirect. */
    abstract boolean save(String id, Map<String, String> form, Actor staff) throws IOException;

    /** Reads what this part shows of the member. */
    abstract void show(String id, Actor staff);

    /** Back to the member's page, saying what was saved; true, as {@link #save} answers then. */
    static boolean savedAs(String id, String said) throws IOException {
        Answers.redirect(MemberView.PAGE + "?id=" + Answers.encoded(id) + "&said=" + said);
        return true;
    }
}
