package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingQuery;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.member.Member;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.member.MemberStatus;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import coop.market.domain.shared.Postcode;
import coop.market.spi.AttributeValues;
import coop.market.spi.PriceUnit;
import coop.market.spi.PricingRequest;
import coop.market.spi.RuleFinding;
import coop.market.spi.Trade;
import coop.market.spi.TradeKind;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Listing members' work, and finding it again. */
@ApplicationScoped
@Transactional
public class ListingService {

    /** The most listings one search returns; the storefront pages through the rest. */
    public static final int MAX_PAGE = 100;

    @Inject
    ListingRepository listings;

    @Inject
    MemberRepository members;

    @Inject
    TradeRegistry trades;

    @Inject
    CooperativeService cooperative;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ListingDetails create(NewListing request, Actor actor) {
        Permissions.requireStaff(actor, "list members' work");
        FieldErrors errors = new FieldErrors();
        Optional<Member> member = checkedMember(request, errors);
        Optional<Trade> trade = trades.find(request.trade());
        if (errors.require("trade", request.trade()) && trade.isEmpty()) {
            errors.add("trade", "There is no trade called \"" + request.trade() + "\"");
        }
        if (member.isPresent() && trade.isPresent() && !member.get().does(trade.get().code())) {
            errors.add("trade", member.get().displayName() + " does not do " + trade.get().name());
        }
        Checked checked = check(request, trade, errors);
        errors.throwIfAny();

        Trade chosen = trade.orElseThrow();
        Listing listing = new Listing(Ids.newId(), member.orElseThrow().id(), chosen.code(), request.title().strip(),
                request.description().strip(), checked.price(), checked.unit(), AttributeJson.write(checked.attributes()),
                request.stock(), leadTime(chosen, request), clock.instant());
        listings.add(listing);
        audit(actor, listing, "listing.created", listing.title());
        return details(listing);
    }

    /**
     * Changes what a listing says, its price and options, and (when asked) whether it is in the shop, checked as
     * when it was listed. Bookings and orders already made keep the price they were made at. The listing's row is
     * locked as an order taking its items locks it, so a stock count set here and an order racing it are applied
     * one after the other. Audited as staff acting for the member.
     *
     * @throws NotFoundException when there is no such listing
     */
    public ListingDetails change(String id, ListingChange change, Actor actor) {
        Permissions.requireStaff(actor, "change members' listings");
        Listing listing = locked(id);
        Trade trade = tradeOf(listing);
        FieldErrors errors = new FieldErrors();
        Checked checked = check(change, Optional.of(trade), errors);
        errors.throwIfAny();

        ListingChanges changes = new ListingChanges(listing);
        listing.describe(change.title().strip(), change.description().strip(), checked.price(), checked.unit(),
                AttributeJson.write(checked.attributes()), leadTime(trade, change));
        if (trade.kind() == TradeKind.PRODUCT) {
            listing.restock(change.stock());
        }
        changes.after(listing).ifPresent(words -> audit(actor, listing, "listing.changed", words));
        if (change.inShop() != null) {
            putInShop(listing, change.inShop(), actor);
        }
        return details(listing);
    }

    /**
     * Takes a listing out of the shop ({@code inShop} false) or puts it back (true): nothing is deleted, and its
     * bookings, orders and invoices still name it. A listing goes back in the shop only while its member is taking
     * work. Audited as staff acting for the member.
     */
    public ListingDetails putInShop(String id, boolean inShop, Actor actor) {
        Permissions.requireStaff(actor, "take listings out of the shop or put them back");
        Listing listing = locked(id);
        putInShop(listing, inShop, actor);
        return details(listing);
    }

    private void putInShop(Listing listing, boolean inShop, Actor actor) {
        if (inShop == listing.active()) {
            return;
        }
        if (inShop) {
            Member member = members.find(listing.memberId()).orElseThrow();
            if (member.status() != MemberStatus.ACTIVE) {
                throw new ConflictException("member-not-active", member.displayName()
                        + " is not taking work at the moment, so the listing stays out of the shop");
            }
            listing.relist();
            audit(actor, listing, "listing.relisted", listing.title());
        } else {
            listing.withdraw();
            audit(actor, listing, "listing.withdrawn", listing.title());
        }
    }

    /** A listing for staff, in the shop or taken out of it. */
    public ListingDetails getForStaff(String id, Actor actor) {
        Permissions.requireStaff(actor, "see listings taken out of the shop");
        return bookedListing(id);
    }

    /** The listing a booking or order was made of, whether or not it is still in the shop. */
    ListingDetails bookedListing(String id) {
        return listings.find(id).map(this::details).orElseThrow(() -> new NotFoundException("Listing", id));
    }

    private Listing locked(String id) {
        if (id == null) {
            throw new NotFoundException("Listing", null);
        }
        return listings.lockForOrder(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Listing", id));
    }

    private void audit(Actor actor, Listing listing, String action, String detail) {
        audit.record(new AuditEntry(Ids.newId(), clock.instant(), actor.accountId(), actor.email(), listing.memberId(),
                action, detail));
    }

    /** The fields' checks, listing or changing; with the price, unit and options as the listing keeps them. */
    private Checked check(ListingFields fields, Optional<Trade> trade, FieldErrors errors) {
        Currency currency = cooperative.currency();
        errors.requireText("title", fields.title(), 120);
        errors.requireText("description", fields.description(), 4000);
        checkPrice(fields, currency, errors);
        PriceUnit unit = checkedUnit(fields.priceUnit(), trade, errors);
        AttributeValues attributes = trade.map(t -> checkedAttributes(t, fields.attributes(), currency, errors))
                .orElse(null);
        trade.ifPresent(t -> checkStockAndLeadTime(t, fields, errors));
        Money price = fields.priceMinor() == null ? null : Money.ofMinor(fields.priceMinor(), currency);
        return new Checked(price, unit, attributes);
    }

    private record Checked(Money price, PriceUnit unit, AttributeValues attributes) {
    }

    private static Integer leadTime(Trade trade, ListingFields fields) {
        return trade.kind() == TradeKind.PRODUCT
                ? Optional.ofNullable(fields.leadTimeDays()).orElse(trade.rules().defaultLeadTimeDays())
                : null;
    }

    /**
     * All of a member's listings, services and products, those in the shop first, then those taken out of it, by
     * title (the back office's member page).
     */
    public List<ListingDetails> listingsOf(String memberId) {
        return withNames(listings.of(memberId));
    }

    /** A member's active listings of services (what can be booked), by title. */
    public List<ListingDetails> servicesOf(String memberId) {
        return withNames(listings.activeOf(memberId)).stream()
                .filter(details -> details.trade().kind() == TradeKind.SERVICE).toList();
    }

    public ListingDetails get(String id) {
        return listings.findNamed(id).filter(named -> named.listing().active())
                .map(named -> details(named.listing(), Member.firstNameOf(named.memberName())))
                .orElseThrow(() -> new NotFoundException("Listing", id));
    }

    /**
     * Active listings, filtered by any of trade code, the customer's postcode and words.
     *
     * @throws InvalidInputException for an unknown trade or a postcode that is not one
     */
    public List<ListingDetails> search(String trade, String postcode, String words, int offset, int limit) {
        FieldErrors errors = new FieldErrors();
        if (trade != null && !trade.isBlank() && trades.find(trade).isEmpty()) {
            errors.add("trade", "There is no trade called \"" + trade + "\"");
        }
        String outward = null;
        if (postcode != null && !postcode.isBlank()) {
            outward = Postcode.outwardCode(postcode).orElse(null);
            if (outward == null) {
                errors.add("postcode", "Enter a postcode like BR5 3AB, or its first part like BR5");
            }
        }
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            errors.add("limit", "Ask for between 1 and " + MAX_PAGE + " listings from an offset of 0 or more");
        }
        errors.throwIfAny();
        ListingQuery query = new ListingQuery(blankToNull(trade), outward, blankToNull(words),
                trades.codesOf(TradeKind.PRODUCT), offset, limit);
        return withNames(listings.search(query));
    }

    /**
     * Prices the options a customer chose for a listing on a day, using the trade's own rules.
     * A blocking rule (mowing in winter) is an invalid input; warnings come back with the quote.
     */
    public PriceEstimate estimate(String listingId, Map<String, Object> options, int quantity,
            LocalDate date) {
        ListingDetails details = get(listingId);
        Trade trade = details.trade();
        Listing listing = details.listing();
        FieldErrors errors = new FieldErrors();
        AttributeValues.Parsed parsed = AttributeValues.parse(trade.requestAttributes(), options,
                listing.price().currency(), "options");
        errors.addAll(parsed.problems());
        if (quantity < 1 || quantity > 1000) {
            errors.add("quantity", "Choose between 1 and 1000");
        }
        errors.require("date", date);
        errors.throwIfAny();
        trade.rules().check(date, details.attributes(), parsed.values()).stream()
                .filter(finding -> finding.severity() == RuleFinding.Severity.BLOCK)
                .forEach(finding -> errors.add("options." + finding.field(), finding.message()));
        errors.throwIfAny();
        Duration duration = trade.rules().estimateDuration(details.attributes(), parsed.values());
        var quote = trade.price(new PricingRequest(listing.price(), listing.priceUnit(),
                details.attributes(), parsed.values(), (int) duration.toMinutes(),
                trade.kind() == TradeKind.PRODUCT ? quantity : 1, date));
        return new PriceEstimate(quote, duration);
    }

    ListingDetails details(Listing listing) {
        return details(listing, members.displayName(listing.memberId()).map(Member::firstNameOf).orElse(""));
    }

    /** The listings' details, their members' names read in one query for them all rather than one each. */
    private List<ListingDetails> withNames(List<Listing> found) {
        Map<String, String> names = members.displayNames(found.stream().map(Listing::memberId).distinct().toList());
        return found.stream().map(listing -> details(listing,
                Optional.ofNullable(names.get(listing.memberId())).map(Member::firstNameOf).orElse(""))).toList();
    }

    private Trade tradeOf(Listing listing) {
        return trades.find(listing.trade()).orElseThrow(() -> new IllegalStateException(
                "Listing " + listing.id() + " is of trade " + listing.trade() + ", whose plugin is not installed"));
    }

    private ListingDetails details(Listing listing, String memberFirstName) {
        Trade trade = tradeOf(listing);
        AttributeValues.Parsed parsed = AttributeValues.parse(trade.listingAttributes(),
                AttributeJson.read(listing.attributesJson()), listing.price().currency(), "attributes");
        AttributeValues attributes = parsed.ok() ? parsed.values() : AttributeValues.defaults(trade.listingAttributes());
        return new ListingDetails(listing, trade, attributes, memberFirstName);
    }

    private Optional<Member> checkedMember(NewListing request, FieldErrors errors) {
        if (!errors.require("memberId", request.memberId())) {
            return Optional.empty();
        }
        Optional<Member> member = members.find(request.memberId());
        if (member.isEmpty()) {
            errors.add("memberId", "There is no member with this id");
        } else if (member.get().status() != MemberStatus.ACTIVE) {
            errors.add("memberId", member.get().displayName() + " is not taking work at the moment");
        }
        return member;
    }

    private static void checkPrice(ListingFields request, Currency currency, FieldErrors errors) {
        if (!errors.require("price.minor", request.priceMinor())) {
            return;
        }
        if (request.priceMinor() < 0) {
            errors.add("price.minor", "A price cannot be negative");
        }
        if (request.currency() != null && !currency.getCurrencyCode().equals(request.currency())) {
            errors.add("price.currency", "Prices are in " + currency.getCurrencyCode());
        }
    }

    private static PriceUnit checkedUnit(String requested, Optional<Trade> trade, FieldErrors errors) {
        PriceUnit unit = null;
        if (requested == null) {
            unit = trade.map(t -> t.priceUnits().iterator().next()).orElse(null);
        } else {
            try {
                unit = PriceUnit.valueOf(requested);
            } catch (IllegalArgumentException e) {
                errors.add("priceUnit", "Use HOUR, VISIT or ITEM");
                return null;
            }
        }
        if (unit != null && trade.isPresent() && !trade.get().priceUnits().contains(unit)) {
            errors.add("priceUnit", trade.get().name() + " is priced per " + trade.get().priceUnits().stream()
                    .map(u -> u.name().toLowerCase(Locale.ROOT)).toList());
        }
        return unit;
    }

    private static AttributeValues checkedAttributes(Trade trade, Map<String, Object> raw, Currency currency,
            FieldErrors errors) {
        AttributeValues.Parsed parsed = AttributeValues.parse(trade.listingAttributes(),
                raw == null ? new HashMap<>() : raw, currency, "attributes");
        errors.addAll(parsed.problems());
        if (!parsed.ok()) {
            return null;
        }
        errors.addAll(trade.validateListing(parsed.values()));
        return parsed.values();
    }

    private static void checkStockAndLeadTime(Trade trade, ListingFields request, FieldErrors errors) {
        if (trade.kind() == TradeKind.SERVICE) {
            if (request.stock() != null) {
                errors.add("stock", "Services have no stock");
            }
            if (request.leadTimeDays() != null) {
                errors.add("leadTimeDays", "Services have no lead time; notice comes from the trade's rules");
            }
            return;
        }
        if (request.stock() != null && request.stock() < 0) {
            errors.add("stock", "Stock cannot be negative");
        }
        if (request.leadTimeDays() != null && (request.leadTimeDays() < 0 || request.leadTimeDays() > 365)) {
            errors.add("leadTimeDays", "Lead time must be between 0 and 365 days");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
