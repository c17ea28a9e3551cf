package coop.market.application;

import coop.market.domain.coop.BookingTerms;
import coop.market.domain.coop.Cooperative;
import coop.market.domain.coop.CooperativeRepository;
import coop.market.domain.coop.PayeeAccount;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The co-op's own details, and the zone and currency everything else is in. It only reads, and joins a
 * transaction if there is one but never starts its own: {@link #zone} is asked on nearly every request, often
 * outside a transaction, and answered from memory; a JTA transaction begun and committed around that cost a
 * booking call about 2% of the server's time (docs/PERFORMANCE.md).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CooperativeService {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    CooperativeRepository cooperatives;

    @Inject
    Clock clock;

    /**
     * The zone and currency, read once the co-op exists: nearly every request needs them, and they
     * do not change while the co-op runs (a settings screen that changes them, or the contact
     * details, must call {@link #forget}).
     */
    private volatile Cooperative.ZoneAndCurrency remembered;

    public Optional<Cooperative> current() {
        return cooperatives.current();
    }

    /** The co-op's currency; GBP until the co-op has been set up. */
    public Currency currency() {
        return locale().map(Cooperative.ZoneAndCurrency::currency).orElse(Money.GBP);
    }

    /** The co-op's time zone; Europe/London until the co-op has been set up. */
    public ZoneId zone() {
        return locale().map(Cooperative.ZoneAndCurrency::zone).orElse(LONDON);
    }

    /** Today's date where the co-op is. */
    public LocalDate today() {
        return clock.instant().atZone(zone()).toLocalDate();
    }

    /**
     * How long the contact details, booking terms and bank account are reused before they are read again. The
     * server that saves new settings forgets at once; other servers on the same database catch up within this.
     */
    static final Duration REREAD_AFTER = Duration.ofSeconds(60);

    /** A value read from the co-op's row, and until when it may be reused. */
    private record Kept<T>(T value, Instant until) {
    }

    /**
     * Forgets the remembered zone, currency, contact details, booking terms and bank account, after the co-op's
     * settings change.
     */
    public void forget() {
        remembered = null;
        contact = null;
        terms = null;
        bankAccount = null;
    }

    private volatile Kept<Optional<BookingTerms>> terms;

    /** The co-op's own booking terms, if staff have set them on the settings page. Every booking asks. */
    public Optional<BookingTerms> bookingTerms() {
        terms = fresh(terms, () -> cooperatives.current().flatMap(Cooperative::bookingTerms));
        return terms.value();
    }

    private volatile Kept<CoopContact> contact;

    /** Who customers and members contact: the co-op's name, e-mail and phone. Every booking e-mail ends with it. */
    public CoopContact contact() {
        contact = fresh(contact, () -> cooperatives.current()
                .map(coop -> new CoopContact(coop.name(), coop.contactEmail(), coop.contactPhone()))
                .orElse(CoopContact.UNKNOWN));
        return contact.value();
    }

    private volatile Kept<Optional<PayeeAccount>> bankAccount;

    /** The co-op's bank account customers pay into, if an administrator has given it: every invoice shows it. */
    public Optional<PayeeAccount> bankAccount() {
        bankAccount = fresh(bankAccount, () -> cooperatives.current().flatMap(Cooperative::bankAccount));
        return bankAccount.value();
    }

    /** What was kept, while it may still be reused; else read again. */
    private <T> Kept<T> fresh(Kept<T> known, Supplier<T> read) {
        Instant now = clock.instant();
        return known != null && known.until().isAfter(now) ? known : new Kept<>(read.get(), now.plus(REREAD_AFTER));
    }

    private Optional<Cooperative.ZoneAndCurrency> locale() {
        Cooperative.ZoneAndCurrency known = remembered;
        if (known == null) {
            known = cooperatives.current().map(Cooperative::zoneAndCurrency).orElse(null);
            remembered = known;
        }
        return Optional.ofNullable(known);
    }
}
