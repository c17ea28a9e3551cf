package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.earnings.EarningsLimitException;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps confirmed work within a member's benefit earnings limit. Before work is confirmed it adds the work to
 * the forecast of every period it falls in, and refuses if any would go over the money limit or reach the hours
 * limit of permitted work; staff may go ahead with a reason, which goes in the member's audit log. The member's
 * row is locked first, as for booking their time, so two confirmations racing for the same headroom are decided
 * one after the other and the second sees the first.
 */
@ApplicationScoped
public class EarningsGuard {

    static final int REASON_LENGTH = 500;

    @Inject
    MemberEarnings earnings;

    @Inject
    MemberRepository members;

    @Inject
    AuditLog audit;

    @Inject
    CooperativeService cooperative;

    /**
     * Checks bookings about to be confirmed, member by member (a series may have had an occurrence given to
     * another member); the members' rows are locked in id order, so two such checks cannot deadlock.
     *
     * @return per member, each period the work falls in with the work added (for the 80% warning)
     */
    Map<String, List<PeriodEarnings>> checkAll(List<Booking> toConfirm, LimitOverride override, Actor actor,
            Instant now) {
        checkOverride(override, actor);
        Map<String, List<Booking>> byMember = new TreeMap<>();
        toConfirm.forEach(booking -> byMember.computeIfAbsent(booking.memberId(), m -> new ArrayList<>()).add(booking));
        Map<String, List<PeriodEarnings>> periods = new TreeMap<>();
        byMember.forEach((memberId, bookings) -> periods.put(memberId, check(memberId, bookings, override, actor, now)));
        return periods;
    }

    /**
     * Checks the bookings about to be confirmed (all of one member), within the caller's transaction.
     *
     * @param override staff's decision to go over the limit, or null
     * @return each period the work falls in, with the work added (for the 80% warning); empty without a limit
     * @throws EarningsLimitException when a period would go over and there is no override
     */
    List<PeriodEarnings> check(String memberId, List<Booking> toConfirm, LimitOverride override, Actor actor,
            Instant now) {
        checkOverride(override, actor);
        if (toConfirm.isEmpty()) {
            return List.of();
        }
        if (members.lockForBooking(memberId).isEmpty()) {
            throw new NotFoundException("Member", memberId);
        }
        MemberEarnings.Reader reader = earnings.reader(memberId);
        if (!reader.hasLimit()) {
            return List.of();
        }
        ZoneId zone = cooperative.zone();
        TreeMap<LocalDate, PeriodEarnings> before = new TreeMap<>();
        TreeMap<LocalDate, PeriodEarnings> after = new TreeMap<>();
        TreeMap<LocalDate, List<String>> bookingsIn = new TreeMap<>();
        for (Booking booking : toConfirm) {
            LocalDate day = booking.start().atZone(zone).toLocalDate();
            var known = before.floorEntry(day);
            PeriodEarnings period = known != null && known.getValue().period().contains(day) ? known.getValue()
                    : reader.periodOf(day);
            LocalDate key = period.period().start();
            before.putIfAbsent(key, period);
            after.put(key, after.getOrDefault(key, period).plusConfirmed(booking.price(),
                    booking.duration().toMinutes()));
            bookingsIn.computeIfAbsent(key, k -> new ArrayList<>()).add(booking.id());
        }
        for (var entry : after.entrySet()) {
            PeriodEarnings with = entry.getValue();
            if (!with.overLimit() && !with.overHours()) {
                continue;
            }
            PeriodEarnings without = before.get(entry.getKey());
            if (override == null) {
                throw new EarningsLimitException(refusal("Confirming", without, with)
                        + " Only co-op staff can confirm it, giving a reason.", without);
            }
            audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId,
                    "earnings-limit.overridden", "Confirmed booking " + String.join(", ", bookingsIn.get(entry.getKey()))
                            + " over the limit for " + span(with) + " (" + figures(with) + "). Reason: "
                            + override.reason().strip()));
        }
        return List.copyOf(after.values());
    }

    /**
     * Before confirmed work moves to a new start: when that is in another period, the period it moves to must have
     * room for it (until it moves, it counts where it starts now). Moving has no override; staff who want the work
     * to go over the limit cancel it and confirm new work with a reason.
     *
     * @throws EarningsLimitException when the period it moves to would go over
     */
    void checkMove(Booking booking, Instant newStart) {
        if (booking.status() != BookingStatus.CONFIRMED) {
            return;
        }
        if (members.lockForBooking(booking.memberId()).isEmpty()) {
            throw new NotFoundException("Member", booking.memberId());
        }
        MemberEarnings.Reader reader = earnings.reader(booking.memberId());
        ZoneId zone = cooperative.zone();
        PeriodEarnings target = reader.periodOf(newStart.atZone(zone).toLocalDate());
        if (!reader.hasLimit() || target.period().contains(booking.start().atZone(zone).toLocalDate())) {
            return;
        }
        PeriodEarnings with = target.plusConfirmed(booking.price(), booking.duration().toMinutes());
        if (with.overLimit() || with.overHours()) {
            throw new EarningsLimitException(refusal("Moving", target, with) + " Please choose a time in another"
                    + " period.", target);
        }
    }

    private static void checkOverride(LimitOverride override, Actor actor) {
        if (override == null) {
            return;
        }
        if (!actor.isStaff()) {
            throw new AccessDeniedException("Only co-op staff can confirm work over a member's earnings limit");
        }
        FieldErrors errors = new FieldErrors();
        if (override.reason() == null || override.reason().isBlank()) {
            errors.add("reason", "Say why the work may go over the member's earnings limit");
        } else {
            errors.optionalText("reason", override.reason(), REASON_LENGTH);
        }
        errors.throwIfAny();
    }

    /** In plain words: which period, what the work would make it, and what is left ({@code doing}: "Confirming"). */
    static String refusal(String doing, PeriodEarnings without, PeriodEarnings with) {
        String period = span(with);
        if (with.overLimit()) {
            return doing + " this work would make the member's earnings for " + period + " "
                    + PlainWords.money(with.forecast()) + ", over their limit of " + PlainWords.money(with.limit())
                    + ". Headroom in that period: " + PlainWords.money(without.headroom().orElseThrow()) + ".";
        }
        return doing + " this work would make the member's hours for " + period + " "
                + hours(with.activity().minutes()) + "; permitted work must stay under "
                + hours(with.minutesLimit()) + " a week. Time left in that week: "
                + hours(without.minutesLeft().orElse(0L)) + ".";
    }

    static String span(PeriodEarnings period) {
        return PlainWords.date(period.period().start()) + " to " + PlainWords.date(period.period().end());
    }

    private static String figures(PeriodEarnings period) {
        return "forecast " + PlainWords.money(period.forecast())
                + (period.limit() == null ? "" : ", limit " + PlainWords.money(period.limit()))
                + ", " + hours(period.activity().minutes()) + " of work";
    }

    private static String hours(long minutes) {
        return minutes == 0 ? "no time" : PlainWords.duration(Duration.ofMinutes(minutes));
    }
}
