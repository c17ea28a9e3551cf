package coop.market.domain.account;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking for something to be done: the signed-in account, its roles, and the member or
 * customer it speaks for. Services use it to decide what is allowed and what to audit.
 */
public record Actor(String accountId, String email, Set<Role> roles, String memberId, String customerId)
        implements java.io.Serializable {

    public Actor {
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
    }

    /** Start-up jobs such as seeding demo data act as the system itself. */
    public static Actor system() {
        return new Actor(null, "system", Set.of(Role.ADMIN), null, null);
    }

    public static Actor of(UserAccount account) {
        return new Actor(account.id(), account.email(), account.roles(), account.memberId().orElse(null),
                account.customerId().orElse(null));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Staff and admins run the co-op and may act for any member. */
    public boolean isStaff() {
        return has(Role.STAFF) || has(Role.ADMIN);
    }

    public Optional<String> member() {
        return Optional.ofNullable(memberId);
    }

    public Optional<String> customer() {
        return Optional.ofNullable(customerId);
    }
}
