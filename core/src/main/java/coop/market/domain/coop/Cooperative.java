package coop.market.domain.coop;

import coop.market.domain.invoicing.VatRate;
import coop.market.domain.shared.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The marketing co-operative this installation serves: who invoices customers on the members'
 * behalf. One per installation. Its zone and currency govern every date and amount.
 */
@Entity
@Table(name = "cooperative")
public class Cooperative {

    @Id
    private String id;

    private String name;

    @Embedded
    private Address address;

    @Column(name = "legal_form")
    private String legalForm;

    @Column(name = "company_number")
    private String companyNumber;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "zone_id")
    private String zoneId;

    @Column(name = "currency_code")
    private String currencyCode;

    /** The booking terms, all three set together on the settings page, or all empty (the installation's defaults). */
    @Column(name = "request_expiry_hours")
    private Integer requestExpiryHours;

    @Column(name = "cancellation_notice_hours")
    private Integer cancellationNoticeHours;

    @Column(name = "cancellation_fee_percent")
    private Integer cancellationFeePercent;

    @Column(name = "invoice_prefix")
    private String invoicePrefix;

    @Column(name = "payment_terms_days")
    private Integer paymentTermsDays;

    @Column(name = "vat_number")
    private String vatNumber;

    @Column(name = "vat_rate_bp")
    private Integer vatRateBasisPoints;

    /** The co-op's own bank account customers pay into, all three set together, or all empty. */
    @Column(name = "bank_account_name")
    private String bankAccountName;

    @Column(name = "bank_sort_code")
    private String bankSortCode;

    @Column(name = "bank_account_number")
    private String bankAccountNumber;

    @Version
    private long version;

    protected Cooperative() {
    }

    public Cooperative(String id, String name, Address address, String legalForm, String companyNumber,
            String contactEmail, String contactPhone) {
        this.id = Objects.requireNonNull(id);
        changeDetails(name, address, legalForm, companyNumber, contactEmail, contactPhone);
        this.zoneId = "Europe/London";
        this.currencyCode = "GBP";
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Address address() {
        return address;
    }

    public String legalForm() {
        return legalForm;
    }

    public String companyNumber() {
        return companyNumber;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    /** New details for the co-op, as its invoices and e-mails show them. */
    public void changeDetails(String name, Address address, String legalForm, String companyNumber,
            String contactEmail, String contactPhone) {
        this.name = Objects.requireNonNull(name);
        this.address = Objects.requireNonNull(address);
        this.legalForm = Objects.requireNonNull(legalForm);
        this.companyNumber = companyNumber;
        this.contactEmail = Objects.requireNonNull(contactEmail);
        this.contactPhone = contactPhone;
    }

    /** The co-op's own booking terms, if staff have set them. */
    public Optional<BookingTerms> bookingTerms() {
        if (requestExpiryHours == null || cancellationNoticeHours == null || cancellationFeePercent == null) {
            return Optional.empty();
        }
        return Optional.of(new BookingTerms(requestExpiryHours, cancellationNoticeHours, cancellationFeePercent));
    }

    public void changeBookingTerms(BookingTerms terms) {
        requestExpiryHours = terms.requestExpiryHours();
        cancellationNoticeHours = terms.cancellationNoticeHours();
        cancellationFeePercent = terms.cancellationFeePercent();
    }

    /** Where and in what money the co-op trades. */
    /** The invoicing terms staff have set, or empty while the installation's defaults apply. */
    public Optional<InvoicingTerms> invoicingTerms() {
        if (invoicePrefix == null || paymentTermsDays == null) {
            return Optional.empty();
        }
        return Optional.of(new InvoicingTerms(invoicePrefix, paymentTermsDays, vatNumber,
                vatRateBasisPoints == null ? null : new VatRate(vatRateBasisPoints)));
    }

    public void changeInvoicingTerms(InvoicingTerms terms) {
        invoicePrefix = terms.prefix();
        paymentTermsDays = terms.paymentDays();
        vatNumber = terms.vatNumber();
        vatRateBasisPoints = terms.vat().map(VatRate::basisPoints).orElse(null);
    }

    /** The bank account customers pay invoices into, if an administrator has given it. */
    public Optional<PayeeAccount> bankAccount() {
        return bankAccountName == null ? Optional.empty()
                : Optional.of(new PayeeAccount(bankAccountName, bankSortCode, bankAccountNumber));
    }

    /** A new bank account for customers to pay into, or none (null). */
    public void changeBankAccount(PayeeAccount account) {
        bankAccountName = account == null ? null : account.name();
        bankSortCode = account == null ? null : account.sortCode();
        bankAccountNumber = account == null ? null : account.accountNumber();
    }

    public record ZoneAndCurrency(ZoneId zone, Currency currency) {
    }

    public ZoneAndCurrency zoneAndCurrency() {
        return new ZoneAndCurrency(zone(), currency());
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public Currency currency() {
        return Currency.getInstance(currencyCode);
    }
}
