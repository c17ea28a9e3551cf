package coop.market.web.faces;

import coop.market.application.BookingService;
import coop.market.domain.account.Actor;
import coop.market.domain.earnings.EarningsLimitException;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.NotFoundException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Map;

/**
 * The answer buttons of the member portal and the staff desk: plain submit buttons whose value
 * is a word and a booking's id ({@code "yes <id>"}), so what is answered never depends on a list
 * staying the same between showing a page and pressing a button.
 */
final class Answers {

    /** What a page says when the booking could no longer take the answer. */
    static final String GONE = "gone";

    /** What a page says when accepting would take the member over their earnings limit. */
    static final String OVER_LIMIT = "over-limit";

    private Answers() {
    }

    /**
     * Carries out the answer.
     *
     * @param words what each button word does, e.g. {@code yes -> CONFIRM}
     * @return the word, or {@link #GONE} when the answer was unknown or the booking could not take it, or
     *         {@link #OVER_LIMIT} when accepting would take the member over their earnings limit
     */
    static String carryOut(String answer, Map<String, BookingService.Action> words, BookingService bookings,
            Actor actor) {
        String[] parts = answer.strip().split(" ", 2);
        BookingService.Action action = words.get(parts[0]);
        if (action == null || parts.length < 2) {
            return GONE;
        }
        try {
            bookings.act(parts[1], action, actor);
            return parts[0];
        } catch (EarningsLimitException e) {
            return OVER_LIMIT;
        } catch (ConflictException | NotFoundException e) {
            return GONE;
        }
    }

    /** Text made safe to put in a page address's query. */
    static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Sends the browser to a path of this application and ends the response. */
    static void redirect(String path) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
        faces.responseComplete();
    }
}
