package coop.market.web.faces;

import coop.market.application.CoopSettingsService;
import coop.market.application.CoopSettingsService.BankDetails;
import coop.market.application.CoopSettingsService.Current;
import coop.market.application.CoopSettingsService.Details;
import coop.market.application.CoopSettingsService.Terms;
import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.coop.BookingTerms;
import coop.market.domain.coop.InvoicingTerms;
import coop.market.domain.coop.PayeeAccount;
import coop.market.domain.invoicing.VatRate;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The co-op's settings: its details as invoices and e-mails show them, its booking terms, its invoicing
 * terms (number prefix, payment terms, VAT) and the bank account customers pay into. Staff
 * read them; an administrator changes them (the form is theirs alone, and the service checks again).
 */
@Named
@RequestScoped
public class SettingsView {

    static final String PAGE = "/staff/settings.xhtml";

    @Inject
    CoopSettingsService settings;

    @Inject
    SignedIn signedIn;

    private String said;
    private Current current;
    private List<FieldError> errors = List.of();

    // What the administrator typed, kept when something is wrong so nothing is lost.
    private String name;
    private final AddressFields address = new AddressFields();
    private String legalForm;
    private String companyNumber;
    private String contactEmail;
    private String contactPhone;
    private String requestExpiryHours;
    private String cancellationNoticeHours;
    private String cancellationFeePercent;
    private String invoicePrefix;
    private String paymentTermsDays;
    private String vatNumber;
    private String vatRatePercent;
    private String bankAccountName;
    private String bankSortCode;
    private String bankAccountNumber;

    /** Staff only; the form starts from what is saved. */
    public void load() throws IOException {
        Actor actor = signedIn.actor().filter(Actor::isStaff).orElse(null);
        if (actor == null) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE);
            return;
        }
        current = settings.current(actor);
        if (name == null) {
            fill(current);
        }
    }

    private void fill(Current saved) {
        Details details = saved.details();
        name = details.name();
        address.setLine1(details.line1());
        address.setLine2(details.line2());
        address.setTown(details.town());
        address.setPostcode(details.postcode());
        legalForm = details.legalForm();
        companyNumber = details.companyNumber();
        contactEmail = details.contactEmail();
        contactPhone = details.contactPhone();
        BookingTerms terms = saved.terms();
        requestExpiryHours = String.valueOf(terms.requestExpiryHours());
        cancellationNoticeHours = String.valueOf(terms.cancellationNoticeHours());
        cancellationFeePercent = String.valueOf(terms.cancellationFeePercent());
        InvoicingTerms invoicing = saved.invoicing();
        invoicePrefix = invoicing.prefix();
        paymentTermsDays = String.valueOf(invoicing.paymentDays());
        vatNumber = invoicing.vatNumber();
        vatRatePercent = invoicing.vat().orElse(VatRate.STANDARD).percent().toPlainString();
        BankDetails bank = BankDetails.of(saved.bankAccount());
        bankAccountName = bank.accountName();
        bankSortCode = bank.sortCode();
        bankAccountNumber = bank.accountNumber();
    }

    public void save() throws IOException {
        Actor admin = signedIn.actor().filter(actor -> actor.has(Role.ADMIN)).orElse(null);
        if (admin == null) {
            Answers.redirect(PAGE);
            return;
        }
        try {
            settings.change(new Details(name, address.getLine1(), address.getLine2(), address.getTown(),
                    address.getPostcode(), legalForm, companyNumber, contactEmail,
                    contactPhone), new Terms(requestExpiryHours, cancellationNoticeHours, cancellationFeePercent,
                    invoicePrefix, paymentTermsDays, vatNumber, vatRatePercent),
                    new BankDetails(bankAccountName, bankSortCode, bankAccountNumber), admin);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(SettingsView::onThePage).toList();
            return;
        }
        Answers.redirect(PAGE + "?said=saved");
    }

    /** The service names the address fields as the API does ("address.line1"); the page's ids have no dots. */
    private static FieldError onThePage(FieldError error) {
        return error.field().startsWith("address.")
                ? new FieldError(error.field().substring("address.".length()), error.message()) : error;
    }

    public boolean isAdmin() {
        return signedIn.actor().filter(actor -> actor.has(Role.ADMIN)).isPresent();
    }

    /** False on a new installation until an administrator first saves the co-op's details. */
    public boolean isSetUp() {
        return current == null || current.setUp();
    }

    public boolean isDefaults() {
        return current != null && current.installationDefaults();
    }

    public String getNoticeText() {
        return "saved".equals(said) ? "The settings are saved. New bookings follow them from now on." : null;
    }

    public AddressFields getAddress() {
        return address;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getCompanyNumber() {
        return companyNumber;
    }

    public void setCompanyNumber(String companyNumber) {
        this.companyNumber = companyNumber;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getRequestExpiryHours() {
        return requestExpiryHours;
    }

    public void setRequestExpiryHours(String requestExpiryHours) {
        this.requestExpiryHours = requestExpiryHours;
    }

    public String getCancellationNoticeHours() {
        return cancellationNoticeHours;
    }

    public void setCancellationNoticeHours(String cancellationNoticeHours) {
        this.cancellationNoticeHours = cancellationNoticeHours;
    }

    public String getCancellationFeePercent() {
        return cancellationFeePercent;
    }

    public void setCancellationFeePercent(String cancellationFeePercent) {
        this.cancellationFeePercent = cancellationFeePercent;
    }

    public String getInvoicePrefix() {
        return invoicePrefix;
    }

    public void setInvoicePrefix(String invoicePrefix) {
        this.invoicePrefix = invoicePrefix;
    }

    public String getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public void setPaymentTermsDays(String paymentTermsDays) {
        this.paymentTermsDays = paymentTermsDays;
    }

    /** "VAT number GB123456789, 20% on each line". */
    public String getVatSummary() {
        return "VAT number " + vatNumber + ", " + vatRatePercent + "% on each line";
    }

    /** The saved account customers pay into, in words, or null when none is given. */
    public String getBankSummary() {
        return current == null ? null : current.bankAccount().map(PayeeAccount::written).orElse(null);
    }

    public String getBankAccountName() {
        return bankAccountName;
    }

    public void setBankAccountName(String bankAccountName) {
        this.bankAccountName = bankAccountName;
    }

    public String getBankSortCode() {
        return bankSortCode;
    }

    public void setBankSortCode(String bankSortCode) {
        this.bankSortCode = bankSortCode;
    }

    public String getBankAccountNumber() {
        return bankAccountNumber;
    }

    public void setBankAccountNumber(String bankAccountNumber) {
        this.bankAccountNumber = bankAccountNumber;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    public String getVatRatePercent() {
        return vatRatePercent;
    }

    public void setVatRatePercent(String vatRatePercent) {
        this.vatRatePercent = vatRatePercent;
    }
}
