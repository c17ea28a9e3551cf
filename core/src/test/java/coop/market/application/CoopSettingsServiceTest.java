package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.coop.BookingTerms;
import coop.market.domain.coop.InvoicingTerms;
import coop.market.domain.invoicing.VatRate;
import coop.market.domain.coop.Cooperative;
import coop.market.domain.coop.CooperativeRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.InvalidInputException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The settings on a new installation with no co-op yet: the first administrator's save sets the co-op up. */
class CoopSettingsServiceTest {

    private final List<Cooperative> rows = new ArrayList<>();
    private final CoopSettingsService settings = new CoopSettingsService();
    private final Actor admin = new Actor("a1", "admin@new.coop", Set.of(Role.ADMIN), null, null);
    private final Actor staff = new Actor("s1", "staff@new.coop", Set.of(Role.STAFF), null, null);

    CoopSettingsServiceTest() {
        CooperativeRepository repository = new CooperativeRepository() {
            @Override
            public Optional<Cooperative> current() {
                return rows.stream().findFirst();
            }

            @Override
            public void add(Cooperative cooperative) {
                rows.add(cooperative);
            }
        };
        CooperativeService cooperative = new CooperativeService();
        cooperative.cooperatives = repository;
        cooperative.clock = Clock.fixed(Instant.parse("2027-01-04T10:00:00Z"), ZoneOffset.UTC);
        BookingPolicies policies = new BookingPolicies(new Settings(Map.of()));
        policies.cooperative = cooperative;
        settings.cooperatives = repository;
        settings.cooperative = cooperative;
        settings.policies = policies;
        settings.transactions = new CommittingAtOnce();
        InvoicingPolicies invoicing = new InvoicingPolicies(new Settings(Map.of()));
        invoicing.cooperative = cooperative;
        settings.invoicing = invoicing;
    }

    @Test
    void aNewInstallationIsNotSetUpUntilAnAdministratorSavesTheDetails() {
        CoopSettingsService.Current before = settings.current(staff);
        assertFalse(before.setUp());
        assertEquals(new BookingTerms(48, 24, 0), before.terms(), "the installation's defaults");
        CoopSettingsService.Details details = new CoopSettingsService.Details("Sidcup Makers Co-op", "1 Station Road",
                null, "Sidcup", "DA14 6AA", "Co-operative society", null, "hello@sidcup.example", null);
        CoopSettingsService.Terms terms = new CoopSettingsService.Terms("48", "24", "0");
        assertThrows(AccessDeniedException.class, () -> settings.change(details, terms, null, staff));
        assertThrows(InvalidInputException.class, () -> settings.change(new CoopSettingsService.Details(null, null,
                null, null, null, null, null, null, null), terms, null, admin));
        assertTrue(rows.isEmpty(), "nothing made from wrong details");

        settings.change(details, terms, null, admin);

        assertEquals(1, rows.size());
        CoopSettingsService.Current after = settings.current(staff);
        assertTrue(after.setUp());
        assertEquals("Sidcup Makers Co-op", after.details().name());
        assertEquals("DA14 6AA", after.details().postcode());
        assertEquals("Sidcup Makers Co-op", settings.cooperative.contact().coopName(), "forgotten after commit");
        assertEquals(new InvoicingTerms("SMC", 14, null, null), after.invoicing(), "the installation's invoicing");
    }

    @Test
    void invoicingTermsAreCheckedAndAVatNumberTurnsVatOn() {
        CoopSettingsService.Details details = new CoopSettingsService.Details("Sidcup Makers Co-op", "1 Station Road",
                null, "Sidcup", "DA14 6AA", "Co-operative society", null, "hello@sidcup.example", null);
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> settings.change(details,
                new CoopSettingsService.Terms("48", "24", "0", "S-M", "200", "12345", "twenty"), null, admin));
        assertEquals(List.of("invoicePrefix", "paymentTermsDays", "vatNumber", "vatRatePercent"),
                wrong.errors().stream().map(error -> error.field()).toList());

        settings.change(details, new CoopSettingsService.Terms("48", "24", "0", "smc", "30", "gb 123 4567 89", "20"),
                null, admin);

        assertEquals(new InvoicingTerms("SMC", 30, "GB123456789", VatRate.STANDARD),
                settings.current(staff).invoicing());
        settings.change(details, new CoopSettingsService.Terms("48", "24", "0", "SMC", "30", "", "20"), null, admin);
        assertEquals(new InvoicingTerms("SMC", 30, null, null), settings.current(staff).invoicing(),
                "no VAT number: not VAT registered");
    }

    @Test
    void theBankAccountCustomersPayIntoIsCheckedLikeAMembersAndCanBeTakenAway() {
        CoopSettingsService.Details details = new CoopSettingsService.Details("Sidcup Makers Co-op", "1 Station Road",
                null, "Sidcup", "DA14 6AA", "Co-operative society", null, "hello@sidcup.example", null);
        CoopSettingsService.Terms terms = new CoopSettingsService.Terms("48", "24", "0");
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> settings.change(details, terms,
                new CoopSettingsService.BankDetails("", "12-34-5", "1234 567X"), admin));
        assertEquals(List.of("bankAccountName", "bankSortCode", "bankAccountNumber"),
                wrong.errors().stream().map(error -> error.field()).toList());
        assertEquals("A sort code has 6 digits, like 12-34-56", wrong.errors().get(1).message());
        assertTrue(rows.isEmpty(), "nothing saved while anything is wrong");

        settings.change(details, terms, new CoopSettingsService.BankDetails(" Sidcup Makers Co-op Ltd ", "40 47 84",
                "1234-5678"), admin);

        assertEquals(new CoopSettingsService.BankDetails("Sidcup Makers Co-op Ltd", "40-47-84", "12345678"),
                CoopSettingsService.BankDetails.of(settings.current(staff).bankAccount()));
        assertEquals("Sidcup Makers Co-op Ltd, sort code 40-47-84, account number 12345678",
                settings.cooperative.bankAccount().orElseThrow().written(), "forgotten after commit");
        settings.change(details, terms, null, admin);
        assertTrue(settings.cooperative.bankAccount().isPresent(), "kept when the form has no bank details");
        settings.change(details, terms, new CoopSettingsService.BankDetails("", " ", null), admin);
        assertEquals(Optional.empty(), settings.cooperative.bankAccount(), "all three emptied: none");
    }

    /** A transaction that commits at once, so "after completion" work runs straight away. */
    private static final class CommittingAtOnce implements TransactionSynchronizationRegistry {
        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            sync.beforeCompletion();
            sync.afterCompletion(Status.STATUS_COMMITTED);
        }

        @Override
        public Object getTransactionKey() {
            return "t1";
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
