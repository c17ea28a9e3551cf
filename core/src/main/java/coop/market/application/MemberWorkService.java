package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.listing.ListingRepository;
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
import java.util.List;

/**
 * A member's own work for this week and next, for the member portal: the requests waiting for
 * their answer and the jobs they have said yes to, each with what, when, where and for whom.
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

    /** The member's two weeks: from now to the end of next week (Sunday), in time order. */
    public record Fortnight(LocalDate thisMonday, LocalDate nextMonday, List<Job> jobs) {

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

    public Fortnight fortnight(Actor actor) {
        String memberId = actor == null ? null : actor.member().orElse(null);
        if (memberId == null) {
            throw new AccessDeniedException("Only members have work to see here");
        }
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
        return new Fortnight(thisMonday, nextMonday, jobs);
    }

    private static Job job(Booking booking, WorkDescriptions names, ZoneId zone) {
        return new Job(booking.id(), names.tradeCode(booking).orElse(null), names.trade(booking), booking.start(),
                booking.end(), booking.start().atZone(zone).toLocalDate(), CalendarService.place(booking.address()),
                names.customer(booking), booking.status() == BookingStatus.REQUESTED, booking.notes());
    }
}
