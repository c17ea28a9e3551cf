package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.member.Member;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A member's work for this week and next, for the member portal: the requests waiting for an
 * answer and the jobs said yes to, each with what, when, where and for whom. Seen by the member,
 * or by someone in their circle of support.
 */
@ApplicationScoped
@Transactional
public class MemberWorkService {

    @Inject
    BookingRepository bookings;

    @Inject
    ListingRepository listings;

    @Inject
    CustomerRepository customers;

    @Inject
    TradeRegistry trades;

    @Inject
    CooperativeService cooperative;

    @Inject
    MemberRepository members;

    @Inject
    SupportService support;

    @Inject
    Clock clock;

    /**
     * One job as the member sees it.
     *
     * @param tradeCode the trade's code, for its picture; null if the listing is gone
     * @param request   whether it waits for the member's yes or no
     */
    public record Job(String bookingId, String tradeCode, String trade, Instant start, Instant end, LocalDate day,
            String place, String customer, boolean request, String notes) {
    }

    /**
     * A member's two weeks: from now to the end of next week (Sunday), in time order.
     *
     * @param memberName the member's first name
     * @param ownWork    whether the person looking is the member themself (not a supporter)
     * @param mayAnswer  whether the person looking may say yes or no to the requests
     */
    public record Fortnight(String memberId, String memberName, boolean ownWork, boolean mayAnswer,
            LocalDate thisMonday, LocalDate nextMonday, List<Job> jobs) {

        public List<Job> requests() {
            return jobs.stream().filter(Job::request).toList();
        }

        public List<Job> thisWeek() {
            return jobs.stream().filter(job -> !job.request() && job.day().isBefore(nextMonday)).toList();
        }

        public List<Job> nextWeek() {
            return jobs.stream().filter(job -> !job.request() && !job.day().isBefore(nextMonday)).toList();
        }
    }

    /** A member whose work someone may see: their own, or one they support. */
    public record Whose(String memberId, String firstName) {
    }

    /** Whose work this person may see here: themself if a member, then the members they support. */
    public List<Whose> whose(Actor actor) {
        List<String> ids = new ArrayList<>();
        actor.member().ifPresent(ids::add);
        ids.addAll(support.supportedMembers(actor));
        return ids.stream().distinct()
                .map(id -> members.find(id).map(m -> new Whose(id, m.firstName())).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    /** The member's two weeks, for the member themself or one of their supporters. */
    public Fortnight fortnight(String memberId, Actor actor) {
        boolean own = memberId != null && memberId.equals(actor.memberId());
        if (memberId == null || !own && !support.supports(actor, memberId)) {
            throw new AccessDeniedException("This is not your work to see");
        }
        String name = members.find(memberId).map(Member::firstName).orElse("");
        ZoneId zone = cooperative.zone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate nextMonday = thisMonday.plusWeeks(1);
        Instant end = nextMonday.plusWeeks(1).atStartOfDay(zone).toInstant();
        WorkDescriptions names = new WorkDescriptions(listings, customers, trades);
        List<Job> jobs = bookings.liveForMember(memberId, now, end, now).stream()
                .filter(b -> b.status() == BookingStatus.CONFIRMED || !b.expiredAt(now))
                .map(b -> job(b, names, zone))
                .toList();
        return new Fortnight(memberId, name, own, own || support.mayAnswerFor(actor, memberId), thisMonday,
                nextMonday, jobs);
    }

    private static Job job(Booking booking, WorkDescriptions names, ZoneId zone) {
        return new Job(booking.id(), names.tradeCode(booking).orElse(null), names.trade(booking), booking.start(),
                booking.end(), booking.start().atZone(zone).toLocalDate(), CalendarService.place(booking.address()),
                names.customer(booking), booking.status() == BookingStatus.REQUESTED, booking.notes());
    }
}
