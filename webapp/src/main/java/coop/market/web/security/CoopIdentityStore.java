package coop.market.web.security;

import coop.market.application.AccountService;
import coop.market.domain.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * The co-op's accounts as a Jakarta Security identity store: e-mail and password checked against
 * the PBKDF2 hashes in the database (through {@link AccountService}, which also locks an address
 * out after repeated wrong passwords). The caller comes back as an {@link ActorPrincipal}.
 */
@ApplicationScoped
public class CoopIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(actor -> new CredentialValidationResult(new ActorPrincipal(actor),
                        actor.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
