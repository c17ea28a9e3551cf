package coop.market.application;

import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.booking.CancellationPolicy;
import coop.market.domain.notification.Attachment;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import coop.market.infrastructure.calendar.ICalendarWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the co-op writes to a customer and to a member when a booking moves. Each change gives two
 * emails: the customer's, in ordinary polite English, and the member's, in easy read (short
 * sentences of at most 15 words, everyday words, one idea per line, the same help contact at the
 * end). Several occurrences of a series moved at once give one email each, listing every date.
 * Confirmed work carries a calendar file.
 */
final class BookingEmails {

    /** One booking with the names and addresses the emails need. */
    record Job(Booking booking, String trade, String memberFirstName, String memberEmail, String customerName,
            String customerEmail, String customerShortName) {

        Job {
            Objects.requireNonNull(booking, "booking");
            Objects.requireNonNull(trade, "trade");
        }
    }

    private final ZoneId zone;
    private final CoopContact contact;
    private final CancellationPolicy cancellation;
    private final Instant now;

    BookingEmails(ZoneId zone, CoopContact contact, CancellationPolicy cancellation, Instant now) {
        this.zone = zone;
        this.contact = contact;
        this.cancellation = cancellation;
        this.now = now;
    }

    List<OutgoingEmail> requested(List<Job> jobs) {
        Job first = jobs.get(0);
        boolean many = jobs.size() > 1;
        Text customer = toCustomer(jobs, List.of("Thank you for your booking request. " + first.memberFirstName()
                        + " will confirm it, or let you know if they cannot do it.",
                first.booking().expiresAt()
                        .map(expiry -> "You will hear by " + PlainWords.at(expiry, zone) + " at the latest.")
                        .orElse("")),
                "Nothing is charged until the work is done. You will get one invoice from " + contact.coopName() + ".");
        Text member = toMember(jobs, List.of(many ? "You have a new request for " + jobs.size() + " jobs."
                        : "You have a new job request."),
                first.booking().expiresAt()
                        .map(expiry -> "Please say yes or no by " + PlainWords.at(expiry, zone) + ".")
                        .orElse("Please say yes or no."),
                "Sign in to Co-op Market to answer.");
        return both("booking.requested", jobs,
                "Booking request received: " + summary(jobs), customer, null,
                (many ? "New job requests: " : "New job request: ") + summary(jobs), member, null);
    }

    List<OutgoingEmail> confirmed(List<Job> jobs) {
        Job first = jobs.get(0);
        boolean many = jobs.size() > 1;
        Text customer = toCustomer(jobs, List.of(many
                        ? "Your bookings are confirmed. " + first.memberFirstName() + " will come on these dates."
                        : "Your booking is confirmed. " + first.memberFirstName() + " will come then."),
                "The attached calendar file adds " + (many ? "them" : "it") + " to your calendar.",
                cancellationTerms());
        Text member = toMember(jobs, List.of(many ? "These " + jobs.size() + " jobs are booked." : "This job is booked."),
                "Open the calendar file to put " + (many ? "them" : "it") + " in your phone.");
        return both("booking.confirmed", jobs,
                "Booking confirmed: " + summary(jobs), customer, calendar(jobs, true),
                (many ? "Jobs booked: " : "Job booked: ") + summary(jobs), member, calendar(jobs, false));
    }

    List<OutgoingEmail> declined(List<Job> jobs) {
        Text customer = toCustomer(jobs, List.of("We are sorry: " + jobs.get(0).memberFirstName()
                        + " cannot do the work you asked for."),
                "Nothing has been charged. Please choose another time, or another member, on our website.");
        Text member = toMember(jobs, List.of("You said no to this request. That is fine."), "The time is free again.");
        return both("booking.declined", jobs, "Booking request declined: " + summary(jobs), customer, null,
                "You said no: " + summary(jobs), member, null);
    }

    /**
     * @param fee the late cancellation fee charged, or null
     */
    List<OutgoingEmail> cancelled(List<Job> jobs, Money fee) {
        boolean many = jobs.size() > 1;
        Text customer = toCustomer(jobs, List.of(many ? "These bookings are cancelled." : "This booking is cancelled."),
                fee == null ? "Nothing is charged for cancelling."
                        : "It was cancelled less than " + PlainWords.duration(cancellation.notice())
                                + " before the start, so a late cancellation fee of " + PlainWords.money(fee)
                                + " will be on your next invoice.");
        Text member = toMember(jobs, List.of(many ? "These " + jobs.size() + " jobs are cancelled."
                        : "This job is cancelled.", "You do not need to go."),
                "The time is free again.");
        return both("booking.cancelled", jobs, "Booking cancelled: " + summary(jobs), customer, null,
                (many ? "Jobs cancelled: " : "Job cancelled: ") + summary(jobs), member, null);
    }

    List<OutgoingEmail> rescheduled(Job job, Instant previousStart, Instant previousEnd) {
        List<Job> jobs = List.of(job);
        boolean confirmed = job.booking().status() == BookingStatus.CONFIRMED;
        String was = PlainWords.when(previousStart, previousEnd, zone);
        Text customer = toCustomer(jobs, List.of("Your booking has moved to a new time.", "It was: " + was + "."),
                confirmed ? "The attached calendar file updates your calendar." : "");
        Text member = toMember(jobs, List.of("This job has a new time.", "Old time: " + was + "."),
                confirmed ? "Open the calendar file to change it in your phone." : "");
        return both("booking.rescheduled", jobs, "Booking moved: " + summary(jobs), customer,
                confirmed ? calendar(jobs, true) : null,
                "New time for a job: " + summary(jobs), member, confirmed ? calendar(jobs, false) : null);
    }

    /**
     * The work has gone to another member: the customer is told who comes now, the new member has a
     * new job (to answer, or already booked), the old member need not go.
     */
    List<OutgoingEmail> reassigned(Job job, String oldMemberName, String oldMemberEmail) {
        List<Job> jobs = List.of(job);
        boolean confirmed = job.booking().status() == BookingStatus.CONFIRMED;
        Text customer = toCustomer(jobs, List.of(job.memberFirstName() + " will do this work instead of "
                        + oldMemberName + ". Everything else stays the same."),
                confirmed ? "The attached calendar file updates your calendar." : "");
        Text member = toMember(jobs, List.of("You have a new job. " + oldMemberName + " cannot do it."),
                confirmed ? "This job is booked. Open the calendar file to put it in your phone."
                        : job.booking().expiresAt()
                                .map(expiry -> "Please say yes or no by " + PlainWords.at(expiry, zone) + ".")
                                .orElse("Please say yes or no."));
        List<OutgoingEmail> emails = new ArrayList<>(both("booking.reassigned", jobs,
                "Booking update: " + job.memberFirstName() + " will do your " + job.trade().toLowerCase(),
                customer, confirmed ? calendar(jobs, true) : null,
                "New job: " + summary(jobs), member, confirmed ? calendar(jobs, false) : null));
        if (oldMemberEmail != null) {
            Text old = letter(oldMemberName, jobs, false,
                    List.of("This job has gone to " + job.memberFirstName() + ".", "You do not need to go."))
                    .help(true);
            emails.add(new OutgoingEmail(Ids.newId(), "booking.reassigned", job.booking().id(), oldMemberEmail,
                    oldMemberName, "Job moved to " + job.memberFirstName() + ": " + summary(jobs), old.toString(),
                    null, now));
        }
        return emails;
    }

    List<OutgoingEmail> expired(List<Job> jobs) {
        Text customer = toCustomer(jobs,
                List.of("We are sorry: your booking request was not answered in time, so it has closed."),
                "Nothing has been charged. Please choose another time on our website.");
        Text member = toMember(jobs, List.of("This request has closed. Nobody answered it in time."),
                "The time is free again.");
        return both("booking.expired", jobs, "Booking request closed: " + summary(jobs), customer, null,
                "Request closed: " + summary(jobs), member, null);
    }

    /** The customer's letter: greeting, what happened, the details (with price and reference), what next. */
    private Text toCustomer(List<Job> jobs, List<String> opening, String... closing) {
        return letter(firstWord(jobs.get(0).customerName()), jobs, true, opening, closing);
    }

    /** The member's letter, in easy read: the same shape, the member's details. */
    private Text toMember(List<Job> jobs, List<String> opening, String... closing) {
        return letter(jobs.get(0).memberFirstName(), jobs, false, opening, closing);
    }

    /** Every letter's shape; empty lines (parts that do not apply) are left out. */
    private Text letter(String name, List<Job> jobs, boolean forCustomer, List<String> opening, String... closing) {
        Text text = new Text().line("Hello " + name + ",").blank();
        opening.forEach(text::line);
        text.blank().details(jobs, forCustomer).blank();
        for (String line : closing) {
            text.line(line);
        }
        return text;
    }

    /** "Cleaning on Tuesday 9 March 2027", or "Cleaning, 6 dates from Tuesday 9 March 2027". */
    private String summary(List<Job> jobs) {
        Job first = jobs.get(0);
        String day = PlainWords.day(first.booking().start().atZone(zone).toLocalDate());
        return jobs.size() == 1 ? first.trade() + " on " + day
                : first.trade() + ", " + jobs.size() + " dates from " + day;
    }

    private String cancellationTerms() {
        if (cancellation.feePercent() == 0) {
            return "If your plans change, please cancel as early as you can. There is no charge for cancelling.";
        }
        return "If your plans change, please cancel at least " + PlainWords.duration(cancellation.notice())
                + " before the start. Later cancellations cost " + cancellation.feePercent() + "% of the price.";
    }

    private List<OutgoingEmail> both(String topic, List<Job> jobs, String customerSubject, Text customerText,
            Attachment customerFile, String memberSubject, Text memberText, Attachment memberFile) {
        Job first = jobs.get(0);
        String reference = first.booking().id();
        List<OutgoingEmail> emails = new ArrayList<>(2);
        if (first.customerEmail() != null) {
            emails.add(new OutgoingEmail(Ids.newId(), topic, reference, first.customerEmail(), first.customerName(),
                    customerSubject, customerText.help(false).toString(), customerFile, now));
        }
        if (first.memberEmail() != null) {
            emails.add(new OutgoingEmail(Ids.newId(), topic, reference, first.memberEmail(), first.memberFirstName(),
                    memberSubject, memberText.help(true).toString(), memberFile, now));
        }
        return emails;
    }

    private Attachment calendar(List<Job> jobs, boolean forCustomer) {
        List<ICalendarWriter.Event> events = jobs.stream().map(job -> {
            Booking booking = job.booking();
            String summary = forCustomer ? job.trade() + " with " + job.memberFirstName() + " (" + contact.coopName() + ")"
                    : job.trade() + " for " + job.customerShortName();
            return new ICalendarWriter.Event(booking.id() + "@coopmarket", booking.start(), booking.end(), summary,
                    CalendarService.place(booking.address()), "Booking reference " + booking.id(),
                    ICalendarWriter.Status.CONFIRMED, booking.createdAt());
        }).toList();
        return new Attachment("booking.ics", Attachment.CALENDAR,
                ICalendarWriter.write(contact.coopName() + " booking", now, null, events));
    }

    private static String firstWord(String name) {
        return name == null || name.isBlank() ? "there" : name.strip().split("\\s+")[0];
    }

    /** An email body, built line by line; empty lines from optional parts are dropped. */
    private final class Text {

        private final StringBuilder out = new StringBuilder();

        Text line(String text) {
            if (!text.isEmpty()) {
                out.append(text).append('\n');
            }
            return this;
        }

        Text blank() {
            if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                out.append('\n');
            }
            return this;
        }

        /** What, when, where and who, for each job; the customer also sees the price and reference. */
        Text details(List<Job> jobs, boolean forCustomer) {
            Job first = jobs.get(0);
            line("What: " + first.trade() + ".");
            if (jobs.size() == 1) {
                line("When: " + PlainWords.when(first.booking().start(), first.booking().end(), zone) + ".");
            } else {
                line("When:");
                jobs.forEach(job -> line("- " + PlainWords.when(job.booking().start(), job.booking().end(), zone)));
            }
            line("Where: " + CalendarService.place(first.booking().address()) + ".");
            if (forCustomer) {
                line("Who: " + first.memberFirstName() + ", a member of " + contact.coopName() + ".");
                line("Price: " + PlainWords.money(first.booking().price()) + (jobs.size() > 1 ? " each time." : "."));
                line("Reference: " + first.booking().id());
            } else {
                line("Customer: " + first.customerShortName() + ".");
                if (first.booking().notes() != null) {
                    line("Notes: " + first.booking().notes());
                }
            }
            return this;
        }

        Text help(boolean easyRead) {
            blank();
            if (easyRead) {
                line(contact.needHelp());
            } else {
                line(contact.questions());
                line(contact.coopName());
            }
            return this;
        }

        @Override
        public String toString() {
            return out.toString().stripTrailing() + "\n";
        }
    }
}
