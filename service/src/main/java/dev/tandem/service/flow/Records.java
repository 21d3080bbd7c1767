package dev.tandem.service.flow;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Locale;

import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.service.ServiceException;
import dev.tandem.service.store.LedgerStore;
import dev.tandem.service.store.LedgerStore.RecordRow;

/** What the flows share: new record ids, and finding and locking a record. */
final class Records {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Records() {
    }

    /** A new id such as {@code TR-7KQ2M9XA4C}: a prefix for the kind and 50 random bits. */
    static String newId(String prefix) {
        char[] text = new char[10];
        for (int i = 0; i < text.length; i++) {
            text[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return prefix + "-" + new String(text);
    }

    /** Locks the record for an action on it: 404 when missing, 409 when it is of another kind or status. */
    static RecordRow lock(ActionTx tx, String id, Status expected, String action, RecordKind... kinds)
            throws SQLException {
        RecordRow row = LedgerStore.lock(tx.tx(), id)
                .orElseThrow(() -> ServiceException.notFound("There is no collaboration record (" + id + ")."));
        boolean kindFits = false;
        for (RecordKind kind : kinds) {
            kindFits |= row.kind() == kind;
        }
        if (!kindFits) {
            throw ServiceException.conflict("wrong-kind", "The record (" + id + ") is a " + row.kind()
                    + "; it cannot be " + action + ".");
        }
        if (row.status() != expected) {
            throw ServiceException.conflict("wrong-status", "The record (" + id + ", " + row.kind() + ") is "
                    + row.status() + "; only a " + expected + " record can be " + action + "."
                    + (row.status().isFinal() ? "\n" + row.status() + " is final."
                            : "\nFrom " + row.status() + " it can become " + row.status().next() + "."));
        }
        return row;
    }

    static String lower(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
