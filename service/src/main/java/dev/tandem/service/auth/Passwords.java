package dev.tandem.service.auth;

import org.springframework.security.crypto.bcrypt.BCrypt;

/** Password hashing with bcrypt (cost 10): each hash has its own salt; checking takes the same time either way. */
public final class Passwords {

    private static final int COST = 10;
    /** Checked against when the user does not exist, so a wrong name takes as long as a wrong password. */
    private static final String DUMMY = BCrypt.hashpw("tandem-no-such-user", BCrypt.gensalt(COST));

    private Passwords() {
    }

    public static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.checkpw(password, hash);
    }

    /** Spends the time of a check when there is no hash to check against. */
    static void burn(String password) {
        BCrypt.checkpw(password, DUMMY);
    }
}
