package coop.market.domain.coop;

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

    @Version
    private long version;

    protected Cooperative() {
    }

    public Cooperative(String id, String name, Address address, String legalForm, String companyNumber,
            String contactEmail, String contactPhone) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.address = Objects.requireNonNull(address);
        this.legalForm = Objects.requireNonNull(legalForm);
        this.companyNumber = companyNumber;
        this.contactEmail = Objects.requireNonNull(contactEmail);
        this.contactPhone = contactPhone;
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

    /** Where and in what money the co-op trades. */
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
