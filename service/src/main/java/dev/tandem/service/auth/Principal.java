package dev.tandem.service.auth;

import java.util.Objects;
import java.util.Optional;

import dev.tandem.service.ServiceException;

/**
 * The logged-in user a request acts for.
 *
 * @param userId the user's database id, which idempotency keys are scoped to
 * @param username the login name, recorded as the actor of every ledger step
 * @param role HQ or STORE
 * @param store the store a STORE user works for; empty for HQ
 */
public record Principal(long userId, String username, Role role, Optional<String> store) {

    public Principal {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(store, "store");
        if ((role == Role.STORE) != store.isPresent()) {
            throw new IllegalArgumentException("A STORE user has a store and an HQ user none; user (" + username
                    + ") is " + role + " with store " + store + ".");
        }
    }

    public boolean isHq() {
        return role == Role.HQ;
    }

    /** Whether this user works for {@code storeId}. */
    public boolean worksFor(String storeId) {
        return store.filter(storeId::equals).isPresent();
    }

    /** Whether this user may see what concerns {@code storeId}: HQ sees everything. */
    public boolean sees(String storeId) {
        return isHq() || worksFor(storeId);
    }

    /** Refuses (403) unless HQ. */
    public void requireHq(String action) {
        if (!isHq()) {
            throw ServiceException.forbidden("User (" + username + ") of store (" + store.orElse("") + ") cannot "
                    + action + ": only HQ can.");
        }
    }

    /** Refuses (403) unless this user is staff of {@code storeId}; HQ does not act for a store. */
    public void requireStaffOf(String storeId, String action) {
        if (!worksFor(storeId)) {
            throw ServiceException.forbidden("User (" + username + (isHq() ? ", HQ" : ", store " + store.get())
                    + ") cannot " + action + ": only staff of store (" + storeId + ") can.");
        }
    }

    /** Refuses (403) unless this user sees {@code storeId}. */
    public void requireSees(String storeId, String what) {
        if (!sees(storeId)) {
            throw ServiceException.forbidden("User (" + username + ", store " + store.orElse("") + ") cannot see "
                    + what + " of store (" + storeId + ").");
        }
    }
}
