package dev.tandem.service.auth;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.store.Tx;
import dev.tandem.service.store.UserStore;

/**
 * The demo users: {@code hq} (password {@code demo-hq}) and one per store, named after the store id in lower case
 * ({@code sz} / {@code demo-sz}). Seeded only in demo mode, and only where the user does not exist yet.
 */
public final class DemoUsers {

    /** A demo login, printed at start-up. */
    public record Account(String username, String password, Role role, String store) {
    }

    private DemoUsers() {
    }

    public static List<Account> accounts(NetworkSnapshot network) {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Account("hq", "demo-hq", Role.HQ, null));
        for (Store store : network.stores()) {
            String name = store.id().value().toLowerCase(Locale.ROOT);
            accounts.add(new Account(name, "demo-" + name, Role.STORE, store.id().value()));
        }
        return accounts;
    }

    /** Creates the demo users that are missing; returns the accounts. */
    public static List<Account> seed(Tx tx, NetworkSnapshot network) throws SQLException {
        List<Account> accounts = accounts(network);
        for (Account account : accounts) {
            if (UserStore.byName(tx, account.username()).isEmpty()) {
                UserStore.insert(tx, account.username(), Passwords.hash(account.password()), account.role().name(),
                        account.store(), true);
            }
        }
        return accounts;
    }
}
