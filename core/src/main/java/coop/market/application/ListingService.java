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
        Currency currency = cooperative.currency();
        FieldErrors errors = new FieldErrors();
        Optional<Member> member = checkedMember(request, errors);
        Optional<Trade> trade = trades.find(request.trade());
        if (errors.require("trade", request.trade()) && trade.isEmpty()) {
            errors.add("trade", "There is no trade called \"" + request.trade() + "\"");
        }
        if (member.isPresent() && trade.isPresent() && !member.get().does(trade.get().code())) {
            errors.add("trade", member.get().displayName() + " does not do " + trade.get().name());
        }
        errors.requireText("title", request.title(), 120);
        errors.requireText("description", request.description(), 4000);
        checkPrice(request, currency, errors);
        PriceUnit unit = checkedUnit(request.priceUnit(), trade, errors);
        AttributeValues attributes = trade.map(t -> checkedAttributes(t, request.attributes(), currency, errors))
                .orElse(null);
        trade.ifPresent(t -> checkStockAndLeadTime(t, request, errors));
        errors.throwIfAny();

        Trade chosen = trade.orElseThrow();
        Integer leadTime = chosen.kind() == TradeKind.PRODUCT
                ? Optional.ofNullable(request.leadTimeDays()).orElse(chosen.rules().defaultLeadTimeDays())
                : null;
        Listing listing = new Listing(Ids.newId(), member.orElseThrow().id(), chosen.code(), request.title().strip(),
                request.description().strip(), Money.ofMinor(request.priceMinor(), currency), unit,
                AttributeJson.write(attributes), request.stock(), leadTime, clock.instant());
        listings.add(listing);
        audit.record(new AuditEntry(Ids.newId(), clock.instant(), actor.accountId(), actor.email(), listing.memberId(),
                "listing.created", listing.title()));
        return details(listing);
    }

    /** All of a member's active listings, services and products, by title (the back office's member page). */
    public List<ListingDetails> listingsOf(String memberId) {
        return withNames(listings.activeOf(memberId));
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

    private ListingDetails details(Listing listing, String memberFirstName) {
        Trade trade = trades.find(listing.trade()).orElseThrow(() -> new IllegalStateException(
                "Listing " + listing.id() + " is of trade " + listing.trade() + ", whose plugin is not installed"));
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

    private static void checkPrice(NewListing request, Currency currency, FieldErrors errors) {
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

    private static void checkStockAndLeadTime(Trade trade, NewListing request, FieldErrors errors) {
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
