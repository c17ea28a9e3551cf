package coop.market.domain.calendar;

import java.util.Optional;

/** Where members' calendar links are kept. */
public interface CalendarLinks {

    /** Stores a member's first link; a second for the same member, or a repeated token, is refused. */
    void add(CalendarLink link);

    Optional<CalendarLink> forMember(String memberId);

    /** The link whose secret has this token, if any. */
    Optional<CalendarLink> withToken(String token);
}
