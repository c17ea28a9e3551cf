package coop.market.application;

import coop.market.domain.account.PasswordHasher;
import coop.market.domain.account.Role;
import coop.market.domain.account.UserAccount;
import coop.market.domain.account.UserAccountRepository;
import coop.market.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;

/**
 * On a new production database, creates the first administrator from {@code ADMIN_EMAIL} and
 * {@code ADMIN_PASSWORD}, so nobody has to edit the database by hand and no password lives in
 * the repository. Does nothing once that account exists.
 */
@ApplicationScoped
@Transactional
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Clock clock;

    public void createIfConfigured(Settings settings) {
        var email = settings.get("ADMIN_EMAIL");
        var password = settings.get("ADMIN_PASSWORD");
        if (email.isEmpty() || password.isEmpty() || accounts.findByEmail(email.get()).isPresent()) {
            return;
        }
        if (password.get().length() < CustomerService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("ADMIN_PASSWORD must be at least "
                    + CustomerService.MIN_PASSWORD_LENGTH + " characters");
        }
        accounts.add(new UserAccount(Ids.newId(), email.get(), passwordHasher.hash(password.get()), Set.of(Role.ADMIN),
                null, null, clock.instant()));
        LOG.info("Created the first administrator account " + email.get());
    }
}
