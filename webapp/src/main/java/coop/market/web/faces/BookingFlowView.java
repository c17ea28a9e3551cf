package coop.market.web.faces;

import coop.market.application.Addresses;
import coop.market.application.AvailabilityService;
import coop.market.application.CooperativeService;
import coop.market.application.CustomerService;
import coop.market.application.ListingDetails;
import coop.market.application.ListingService;
import coop.market.application.NewBooking;
import coop.market.application.PlainWords;
import coop.market.application.PriceEstimate;
import coop.market.domain.availability.Slot;
import coop.market.domain.booking.Recurrence;
import coop.market.domain.customer.Customer;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.AttributeValues;
import coop.market.spi.TradeKind;
import coop.market.web.security.SignedIn;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Booking a visit, one question at a time: what needs doing (the trade's own form), when (a calendar of the member's
 * free times for that job), once or again and again, where (and anything the member should know), then the answers
 * to check before the visit goes into the basket. Each step is checked before the next is shown, and going back to
 * change an answer keeps the others.
 */
@Named
@ViewScoped
public class BookingFlowView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/shop/book.xhtml";

    /** How many days of free times the calendar shows at once: a week. */
    static final int DAYS_SHOWN = 7;

    /** How far ahead a visit can be booked here: about three months. */
    static final int LOOK_AHEAD_DAYS = 91;

    /** The steps, in order; each one's heading is the page's question. */
    public enum Step {
        OPTIONS("What needs doing?"), SLOT("Choose a day and time"), REPEAT("Once, or again and again?"),
        ADDRESS("Where is the work?"), CHECK("Check your answers");

        private final String question;

        Step(String question) {
            this.question = question;
        }

        public String question() {
            return question;
        }

        public int number() {
            return ordinal() + 1;
        }
    }

    @Inject
    ListingService listings;

    @Inject
    AvailabilityService availability;

    @Inject
    CooperativeService cooperative;

    @Inject
    CustomerService customers;

    @Inject
    SignedIn signedIn;

    @Inject
    ShopBasket basket;

    private String listingId;
    private ListingDetails details;
    private final Map<String, Object> options = new LinkedHashMap<>();
    private Step step = Step.OPTIONS;
    private PriceEstimate estimate;
    private int firstDayShown;
    private List<SlotDay> days = List.of();
    private String slot;
    private String frequency = "ONCE";
    private String visits = "6";
    private final AddressFields address = new AddressFields();
    private String notes;
    private boolean changing;
    private List<FieldError> errors = List.of();

    /** Finds the listing; a product, or no such listing, is not booked here. */
    public void load() throws IOException {
        if (details != null) {
            return;
        }
        try {
            details = listingId == null ? null : listings.get(listingId);
        } catch (NotFoundException e) {
            details = null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (details == null) {
            faces.getExternalContext().responseSendError(404, "No such listing");
            faces.responseComplete();
            return;
        }
        if (details.trade().kind() != TradeKind.SERVICE) {
            Answers.redirect(ListingView.PAGE + "?id=" + listingId);
            return;
        }
        options.putAll(AttributeValues.defaults(details.trade().requestAttributes()).asMap());
        options.putAll(details.trade().suggestedOptions(details.attributes()));
        signedIn.actor().flatMap(actor -> actor.customer()).map(customers::get).map(Customer::address)
                .ifPresent(address::fill);
    }

    /** Step 1: the options are priced (which checks them) and the job's length decides the free times shown. */
    public void chooseOptions() {
        PriceEstimate priced = priced(slotDay() == null ? cooperative.today().plusWeeks(1) : slotDay());
        if (priced == null) {
            return;
        }
        estimate = priced;
        if (slot != null && !stillFree(slot)) {
            slot = null;
        }
        next(Step.SLOT);
    }

    /** Step 2: the time must be one the calendar offered; the options are checked again for that day. */
    public void chooseSlot() {
        String chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slot");
        if (chosen == null || chosen.isBlank()) {
            errors = List.of(new FieldError("slot", "Choose a day and time"));
            return;
        }
        if (!stillFree(chosen)) {
            errors = List.of(new FieldError("slot", "That time has just been taken. Choose another"));
            days = freeDays();
            return;
        }
        slot = chosen;
        PriceEstimate priced = priced(slotDay());
        if (priced == null) {
            step = Step.OPTIONS;
            return;
        }
        estimate = priced;
        next(Step.REPEAT);
    }

    public void earlierDays() {
        firstDayShown = Math.max(0, firstDayShown - DAYS_SHOWN);
        days = freeDays();
    }

    public void laterDays() {
        if (!isLastDays()) {
            firstDayShown += DAYS_SHOWN;
        }
        days = freeDays();
    }

    /** Step 3: a one-off, or so many visits every week, two weeks or month. */
    public void chooseRepeat() {
        if (!List.of("ONCE", "WEEKLY", "FORTNIGHTLY", "MONTHLY").contains(frequency)) {
            errors = List.of(new FieldError("frequency", "Choose how often"));
            return;
        }
        if (repeats() && visitCount() < 2) {
            errors = List.of(new FieldError("visits", "Enter a number of visits from 2 to "
                    + Recurrence.MAX_OCCURRENCES));
            return;
        }
        next(Step.ADDRESS);
    }

    /** Step 4: the address as sign-up asks for it; notes are optional. */
    public void chooseAddress() {
        FieldErrors found = new FieldErrors();
        Addresses.checked(address.getLine1(), address.getLine2(), address.getTown(), address.getPostcode(),
                found);
        found.optionalText("notes", notes, 2000);
        errors = found.list().stream().map(BookingFlowView::onThePage).toList();
        if (errors.isEmpty()) {
            next(Step.CHECK);
        }
    }

    /** From the answers page: back to one step, then straight back to the answers. */
    public void change(String to) {
        step = Step.valueOf(to);
        changing = true;
        errors = List.of();
        if (step == Step.SLOT) {
            days = freeDays();
        }
    }

    /** Step 5: into the basket; nothing is booked until checkout. */
    public void addToBasket() throws IOException {
        if (!stillFree(slot)) {
            slot = null;
            change(Step.SLOT.name());
            errors = List.of(new FieldError("slot", "That time has just been taken. Choose another"));
            return;
        }
        NewBooking.Repeat repeat = repeats() ? new NewBooking.Repeat(frequency, visitCount(), null) : null;
        NewBooking request = new NewBooking(listingId, null, slot, (int) estimate.duration().toMinutes(),
                address.toPlace(),
                ListingOptions.raw(options), blankToNull(notes), repeat);
        boolean added = basket.add(new BookingChoice(request, details.listing().title(), details.trade().name(),
                details.memberFirstName(), getWhen(), repeats() ? getRepeatWords() : null, repeats() ? visitCount() : 1,
                estimate.quote().total().minor(), estimate.quote().total().currency().getCurrencyCode()));
        if (!added) {
            errors = List.of(new FieldError("add", "Your basket is full. Check out what is in it first"));
            return;
        }
        Answers.redirect(BasketView.PAGE + "?added=booking");
    }

    private void next(Step following) {
        errors = List.of();
        step = changing ? Step.CHECK : following;
        if (step == Step.SLOT) {
            days = freeDays();
        }
        if (changing && step == Step.CHECK && slot == null) {
            step = Step.SLOT;
            days = freeDays();
        }
    }

    private PriceEstimate priced(LocalDate day) {
        try {
            errors = List.of();
            return listings.estimate(listingId, ListingOptions.raw(options), 1, day);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(BookingFlowView::onThePage).toList();
            return null;
        }
    }

    private List<SlotDay> freeDays() {
        LocalDate from = cooperative.today().plusDays(1 + firstDayShown);
        List<Slot> free = availability.slots(listingId, from, from.plusDays(DAYS_SHOWN - 1),
                (int) estimate.duration().toMinutes());
        return SlotDay.of(free, from, DAYS_SHOWN);
    }

    private boolean stillFree(String start) {
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(start);
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
        LocalDate day = at.atZoneSameInstant(zone()).toLocalDate();
        return availability.slots(listingId, day, day, (int) estimate.duration().toMinutes()).stream()
                .anyMatch(free -> free.start().toInstant().equals(at.toInstant()));
    }

    private LocalDate slotDay() {
        return slot == null ? null : OffsetDateTime.parse(slot).atZoneSameInstant(zone()).toLocalDate();
    }

    private ZoneId zone() {
        return cooperative.zone();
    }

    private boolean repeats() {
        return !"ONCE".equals(frequency);
    }

    private int visitCount() {
        try {
            int count = Integer.parseInt(visits == null ? "" : visits.strip());
            return count > Recurrence.MAX_OCCURRENCES ? -1 : count;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The services name the address's fields "address.town"; the page names its inputs "town". */
    private static FieldError onThePage(FieldError error) {
        String field = error.field();
        if (field.startsWith("address.")) {
            return new FieldError(field.substring("address.".length()), error.message());
        }
        return field.startsWith("options.") ? new FieldError(field.substring("options.".length()), error.message())
                : error;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    /** "Every two weeks, 6 visits". */
    public String getRepeatWords() {
        return switch (frequency) {
            case "WEEKLY" -> "Every week, " + visitCount() + " visits";
            case "FORTNIGHTLY" -> "Every two weeks, " + visitCount() + " visits";
            case "MONTHLY" -> "Every month, " + visitCount() + " visits";
            default -> "Once";
        };
    }

    /** "Tuesday 9 March 2027, 9am to 11am". */
    public String getWhen() {
        if (slot == null || estimate == null) {
            return "";
        }
        OffsetDateTime start = OffsetDateTime.parse(slot);
        return PlainWords.when(start.toInstant(), start.toInstant().plus(estimate.duration()), zone());
    }

    /** The options chosen, in the trade's own words, for the answers page. */
    public List<String> getOptionWords() {
        return estimate == null ? List.of() : estimate.quote().lines().stream()
                .map(line -> line.description()).toList();
    }

    public String getAddressWords() {
        return address.words();
    }

    public AddressFields getAddress() {
        return address;
    }

    public boolean isFirstDays() {
        return firstDayShown == 0;
    }

    public boolean isLastDays() {
        return firstDayShown + DAYS_SHOWN >= LOOK_AHEAD_DAYS;
    }

    public boolean isChosen(String start) {
        return start.equals(slot);
    }

    public boolean isRepeating() {
        return repeats();
    }

    public int getStepCount() {
        return Step.values().length;
    }

    public String getListing() {
        return listingId;
    }

    public void setListing(String listing) {
        this.listingId = listing;
    }

    public ListingDetails getDetails() {
        return details;
    }

    public Map<String, Object> getOptions() {
        return options;
    }

    public Step getStep() {
        return step;
    }

    public PriceEstimate getEstimate() {
        return estimate;
    }

    public List<SlotDay> getDays() {
        return days;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getVisits() {
        return visits;
    }

    public void setVisits(String visits) {
        this.visits = visits;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
