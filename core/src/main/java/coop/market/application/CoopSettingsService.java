package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.coop.BookingTerms;
import coop.market.domain.coop.InvoicingTerms;
import coop.market.domain.invoicing.VatRate;
import coop.market.domain.coop.Cooperative;
import coop.market.domain.coop.CooperativeRepository;
import coop.market.domain.coop.PayeeAccount;
import coop.market.domain.payout.BankAccount;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The back office's settings: the co-op's own details (as invoices and e-mails show them), its
 * booking and invoicing terms, and the bank account customers pay into. Staff may read them; only an
 * administrator changes them, since they are the co-op's legal face and its promises to customers.
 */
@ApplicationScoped
@Transactional
public class CoopSettingsService {

    @Inject
    CooperativeRepository cooperatives;

    @Inject
    CooperativeService cooperative;

    @Inject
    BookingPolicies policies;

    @Inject
    InvoicingPolicies invoicing;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The co-op's details as typed on the settings page. */
    public record Details(String name, String line1, String line2, String town, String postcode, String legalForm,
            String companyNumber, String contactEmail, String contactPhone) {
    }

    /**
     * The booking and invoicing terms as typed: whole numbers of hours and a percentage; the invoice number
     * prefix, the days customers have to pay, and the VAT number (empty: not VAT registered) and rate.
     */
    public record Terms(String requestExpiryHours, String cancellationNoticeHours, String cancellationFeePercent,
            String invoicePrefix, String paymentTermsDays, String vatNumber, String vatRatePercent) {

        /** Booking terms only: the invoicing terms stay as they are. */
        public Terms(String requestExpiryHours, String cancellationNoticeHours, String cancellationFeePercent) {
            this(requestExpiryHours, cancellationNoticeHours, cancellationFeePercent, null, null, null, null);
        }

        boolean withInvoicing() {
            return invoicePrefix != null || paymentTermsDays != null || vatNumber != null || vatRatePercent != null;
        }
    }

    /**
     * The co-op's bank account for customers to pay into, as typed: all three empty for none (customers then ask
     * the co-op for its details).
     */
    public record BankDetails(String accountName, String sortCode, String accountNumber) {

        static final BankDetails NONE = new BankDetails(null, null, null);

        /** The saved account as the form shows it, the sort code as a bank writes it. */
        public static BankDetails of(Optional<PayeeAccount> saved) {
            return saved.map(BankDetails::of).orElse(NONE);
        }

        private static BankDetails of(PayeeAccount account) {
            return new BankDetails(account.name(), BankAccount.sortCodeWritten(account.sortCode()),
                    account.accountNumber());
        }

        boolean given() {
            return Stream.of(accountName, sortCode, accountNumber).anyMatch(typed -> typed != null && !typed.isBlank());
        }
    }

    /**
     * What the page shows: the details, the terms in force, whether those are still the installation's, and
     * whether the co-op has been set up at all (a new installation without demo data has not: the first
     * administrator enters its details here).
     */
    public record Current(Details details, BookingTerms terms, boolean installationDefaults, boolean setUp,
            InvoicingTerms invoicing, Optional<PayeeAccount> bankAccount) {
    }

    private static final Details NOTHING_YET = new Details(null, null, null, null, null, null, null, null, null);

    public Current current(Actor actor) {
        requireStaff(actor);
        Optional<Cooperative> found = cooperatives.current();
        if (found.isEmpty()) {
            return new Current(NOTHING_YET, policies.installationDefaults(), true, false, invoicing.terms(),
                    Optional.empty());
        }
        Cooperative coop = found.get();
        Address address = coop.address();
        Details details = new Details(coop.name(), address.line1(), address.line2(), address.town(),
                address.postcode(), coop.legalForm(), coop.companyNumber(), coop.contactEmail(), coop.contactPhone());
        return new Current(details, coop.bookingTerms().orElse(policies.installationDefaults()),
                coop.bookingTerms().isEmpty(), true, invoicing.terms(), coop.bankAccount());
    }

    /**
     * Changes the details, the terms and the bank account customers pay into (null: left as it is), or nothing:
     * every problem is named at once.
     */
    public void change(Details details, Terms terms, BankDetails bank, Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator changes the co-op's settings");
        }
        FieldErrors errors = new FieldErrors();
        errors.requireText("name", details.name(), 200);
        Address address = Addresses.checked(details.line1(), details.line2(), details.town(), details.postcode(),
                errors);
        errors.requireText("legalForm", details.legalForm(), 100);
        errors.optionalText("companyNumber", details.companyNumber(), 20);
        errors.requireEmail("contactEmail", details.contactEmail());
        errors.optionalText("contactPhone", details.contactPhone(), 40);
        Integer expiry = wholeNumber("requestExpiryHours", terms.requestExpiryHours(), 1, BookingTerms.LONGEST_HOURS,
                "hours", errors);
        Integer notice = wholeNumber("cancellationNoticeHours", terms.cancellationNoticeHours(), 0,
                BookingTerms.LONGEST_HOURS, "hours", errors);
        Integer fee = wholeNumber("cancellationFeePercent", terms.cancellationFeePercent(), 0, 100, "per cent",
                errors);
        InvoicingTerms invoicingTerms = terms.withInvoicing() ? invoicingTerms(terms, errors) : null;
        PayeeAccount account = bank != null && bank.given()
                ? PayeeAccount.parse(bank.accountName(), bank.sortCode(), bank.accountNumber(), errors) : null;
        errors.throwIfAny();
        Optional<Cooperative> found = cooperatives.current();
        Cooperative coop;
        if (found.isPresent()) {
            coop = found.get();
            coop.changeDetails(details.name().strip(), address, details.legalForm().strip(),
                    blankToNull(details.companyNumber()), details.contactEmail().strip(),
                    blankToNull(details.contactPhone()));
        } else {
            // The first setting-up of a new installation: the co-op is made from these details.
            coop = new Cooperative(Ids.newId(), details.name().strip(), address, details.legalForm().strip(),
                    blankToNull(details.companyNumber()), details.contactEmail().strip(),
                    blankToNull(details.contactPhone()));
            cooperatives.add(coop);
        }
        coop.changeBookingTerms(new BookingTerms(expiry, notice, fee));
        if (invoicingTerms != null) {
            coop.changeInvoicingTerms(invoicingTerms);
        }
        if (bank != null) {
            coop.changeBankAccount(account);
        }
        // Forgotten once the change is in the database: forgetting any earlier would let a request in between
        // remember the old details again, for good.
        WhenTransactionEnds.run(transactions, cooperative::forget);
    }

    private static InvoicingTerms invoicingTerms(Terms terms, FieldErrors errors) {
        String prefix = terms.invoicePrefix() == null ? "" : terms.invoicePrefix().strip().toUpperCase(Locale.ROOT);
        if (!InvoicingTerms.validPrefix(prefix)) {
            errors.add("invoicePrefix", "Use 1 to 10 letters or digits, like BME");
        }
        Integer days = wholeNumber("paymentTermsDays", terms.paymentTermsDays(), 0, InvoicingTerms.LONGEST_DAYS,
                "days", errors);
        String vatNumber = terms.vatNumber() == null || terms.vatNumber().isBlank() ? null
                : InvoicingTerms.normalVatNumber(terms.vatNumber());
        VatRate rate = null;
        if (vatNumber != null) {
            if (!InvoicingTerms.validVatNumber(vatNumber)) {
                errors.add("vatNumber", "Enter the VAT number as on HMRC's certificate, like GB123456789,"
                        + " or leave it empty if the co-op is not VAT registered");
            }
            rate = vatRate(terms.vatRatePercent(), errors);
        }
        return errors.isEmpty() ? new InvoicingTerms(prefix, days, vatNumber, rate) : null;
    }

    private static VatRate vatRate(String typed, FieldErrors errors) {
        try {
            BigDecimal percent = new BigDecimal(typed == null ? "" : typed.strip().replace("%", ""));
            if (percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0 && percent.scale() <= 2) {
                return new VatRate(percent.movePointRight(2).intValueExact());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // said below
        }
        errors.add("vatRatePercent", "Enter the VAT rate in per cent, like 20");
        return null;
    }

    private static Integer wholeNumber(String field, String typed, int least, int most, String unit,
            FieldErrors errors) {
        if (!errors.requireText(field, typed, 6)) {
            return null;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.add(field, "Enter a whole number from " + least + " to " + most + " " + unit);
        return null;
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("Only co-op staff see the settings");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
