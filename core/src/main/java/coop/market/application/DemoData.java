package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.account.UserAccount;
import coop.market.domain.account.UserAccountRepository;
import coop.market.domain.coop.Cooperative;
import coop.market.domain.coop.CooperativeRepository;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.member.Member;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.Ids;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A small, believable co-op to try the system with: Bromley Micro Enterprises CIC, its members
 * and their listings, a youth counselling charity and a household as customers, and one sign-in
 * per role. Seeded once, into an empty database, and only when {@link Settings#demoData} says so.
 */
@ApplicationScoped
@Transactional
public class DemoData {

    /** Shown in the README: every demo sign-in uses it. */
    public static final String PASSWORD = "demo-password";

    /**
     * {@link #PASSWORD} hashed once ahead of time (the password is public, so its hash is too):
     * seeding then does no deliberately slow hashing, which would add a second to the first start.
     */
    static final String PASSWORD_HASH =
            "pbkdf2-sha256$310000$c6jIBNLhvK7BWT34MBGj3Q$jcJRBbS1OP/vwaXehXhudn5R3UO3xpU6nnucCKzDaXg";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    CooperativeRepository cooperatives;

    @Inject
    CustomerRepository customers;

    @Inject
    UserAccountRepository accounts;

    @Inject
    MemberService memberService;

    @Inject
    ListingService listingService;

    @Inject
    TradeRegistry trades;

    @Inject
    Clock clock;

    /** Seeds the demo co-op unless a co-op already exists. Returns whether it seeded. */
    public boolean seedIfEmpty() {
        if (cooperatives.current().isPresent()) {
            return false;
        }
        cooperatives.add(new Cooperative(Ids.newId(), "Bromley Micro Enterprises CIC",
                new Address("Unit 4, Cray Valley Workshops", "Cotmandene Crescent", "Orpington", "BR5 2RB"),
                "Community Interest Company (marketing co-operative)", "09876543", "hello@demo.coop",
                "020 7946 0321"));
        Actor system = Actor.system();

        Member daniel = member(system, "Daniel Hughes", "daniel@demo.coop", List.of("cleaning", "gardening"),
                List.of("BR5", "BR6", "BR1"),
                "I started cleaning after my stroke. Now I do gardens too. I like making places tidy.");
        Member grace = member(system, "Grace Adeyemi", "grace@demo.coop", List.of("cleaning"), List.of("BR5", "BR7"),
                "I clean homes and offices. I am careful and I always bring my own things.");
        Member tom = member(system, "Tom Fletcher", "tom@demo.coop", List.of("gardening"), List.of("BR1", "BR2"),
                "I love being outside. I cut grass and look after hedges.");
        Member priya = member(system, "Priya Shah", "priya@demo.coop", List.of("crafts"), List.of("BR5"),
                "I make cards and knit blankets at the day centre on Tuesdays.");
        Member sam = member(system, "Sam Okoro", "sam@demo.coop", List.of("crafts"), List.of("BR6"),
                "I make bird boxes from old wood.");

        listing(system, daniel, "cleaning", "Home cleaning by Daniel",
                "Kitchens, bathrooms, hoovering and dusting. Weekly or fortnightly visits welcome.", 1500, "HOUR",
                Map.of("suppliesAvailable", true, "suppliesSurcharge", Map.of("minor", 500L, "currency", "GBP")),
                null, null);
        listing(system, daniel, "gardening", "Garden tidy-ups",
                "Weeding, mowing and planting for small and medium gardens.", 1800, "HOUR",
                Map.of("tasks", List.of("mowing", "weeding", "planting")), null, null);
        listing(system, grace, "cleaning", "Office and home cleaning",
                "Regular cleaning for homes and small offices, with my own eco-friendly supplies.", 1400, "HOUR",
                Map.of(), null, null);
        listing(system, tom, "gardening", "Lawn mowing and hedge trimming",
                "A fixed price per visit for a normal-sized lawn and hedges. Green waste taken away.", 3000, "VISIT",
                Map.of("tasks", List.of("mowing", "hedge-trimming"), "greenWasteRemoval", true), null, null);
        listing(system, priya, "crafts", "Hand-made greeting cards",
                "Bright cards for birthdays and thank-yous. I can write a name on the front.", 350, "ITEM",
                Map.of("personalisable", true, "personalisationMaxLength", 20L), 40, null);
        listing(system, priya, "crafts", "Knitted baby blanket",
                "A soft blanket knitted to order in the colours you choose.", 3500, "ITEM",
                Map.of("delivery", true), null, 14);
        listing(system, sam, "crafts", "Wooden bird box",
                "A bird box for small garden birds, made from reclaimed timber.", 1800, "ITEM",
                Map.of("delivery", true, "deliveryCharge", Map.of("minor", 450L, "currency", "GBP")), 6, null);

        Customer charity = new Customer(Ids.newId(), "Bromley Youth Counselling", "office@bromleyyouth.example",
                new Address("15 Tweedy Road", null, "Bromley", "BR1 3NF"), "Bromley Youth Counselling (charity)",
                clock.instant());
        charity.approveInvoicing();
        customers.add(charity);
        Customer household = new Customer(Ids.newId(), "Margaret Collins", "customer@demo.coop",
                new Address("27 Chipperfield Road", null, "Orpington", "BR5 2QA"), null, clock.instant());
        customers.add(household);

        account("admin@demo.coop", Role.ADMIN, null, null);
        account("staff@demo.coop", Role.STAFF, null, null);
        account("member@demo.coop", Role.MEMBER, daniel.id(), null);
        account("customer@demo.coop", Role.CUSTOMER, null, household.id());
        LOG.info("Seeded the demo co-op: sign in as admin@, staff@, member@ or customer@demo.coop");
        return true;
    }

    private Member member(Actor system, String name, String email, List<String> tradeCodes, List<String> postcodes,
            String story) {
        List<String> installed = tradeCodes.stream().filter(code -> trades.find(code).isPresent()).toList();
        return memberService.register(new MemberDetails(name, email, installed.isEmpty() ? tradeCodes : installed,
                postcodes, story), system, null);
    }

    private void listing(Actor system, Member member, String trade, String title, String description, long price,
            String unit, Map<String, Object> attributes, Integer stock, Integer leadTimeDays) {
        if (trades.find(trade).isEmpty()) {
            return;
        }
        listingService.create(new NewListing(member.id(), trade, title, description, price, "GBP", unit, attributes,
                stock, leadTimeDays), system);
    }

    private void account(String email, Role role, String memberId, String customerId) {
        accounts.add(new UserAccount(Ids.newId(), email, PASSWORD_HASH, Set.of(role), memberId, customerId,
                clock.instant()));
    }
}
