package dev.tandem.service.flow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.service.Json;
import dev.tandem.service.ServiceException;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.live.ChangeFollower;
import dev.tandem.service.store.ChangeLog;
import dev.tandem.service.store.Database;
import dev.tandem.service.store.IdempotencyStore;
import dev.tandem.service.store.IdempotencyStore.Stored;

/**
 * Runs state-changing actions: one transaction each, idempotent under an {@code Idempotency-Key}, acknowledged
 * only after commit. The change log is written last in the transaction; after the commit the follower applies
 * the change to this instance's indexes before the reply goes out, so the client reads its own write.
 */
public final class ActionRunner {

    /** A reply as sent: status and JSON body, possibly replayed from an earlier request with the same key. */
    public record Outcome(int status, String body, boolean replayed) {
    }

    private final Database database;
    private final ChangeFollower follower;
    private final Clock clock;

    public ActionRunner(Database database, ChangeFollower follower, Clock clock) {
        this.database = database;
        this.follower = follower;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Runs {@code action} for {@code principal}. With a key, a retry of a committed request gets the stored reply
     * and changes nothing; the same key with a different request is refused (422).
     *
     * @param requestHash a hash of the method, path and body, to tell a retry from a different request
     */
    public Outcome run(Principal principal, Optional<String> key, String requestHash, Action action) {
        if (key.isPresent()) {
            Optional<Outcome> stored = replay(principal, key.get(), requestHash);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        long[] seq = {0};
        String[] body = {null};
        List<Runnable> afterCommit = new ArrayList<>();
        Reply reply;
        try {
            reply = database.inTransaction(tx -> {
                OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                if (key.isPresent()) {
                    IdempotencyStore.claim(tx, principal.userId(), key.get(), requestHash, now);
                }
                ActionTx actionTx = new ActionTx(tx, principal, now);
                Reply result = action.act(actionTx);
                body[0] = Json.write(result.body());
                if (key.isPresent()) {
                    IdempotencyStore.complete(tx, principal.userId(), key.get(), result.status(), body[0]);
                }
                for (var change : actionTx.changes()) {
                    seq[0] = ChangeLog.append(tx, now, change);
                }
                afterCommit.clear();
                afterCommit.addAll(actionTx.afterCommit());
                return result;
            });
        } catch (IdempotencyStore.KeyTaken taken) {
            // a concurrent request with this key committed first
            return replay(principal, key.orElseThrow(), requestHash).orElseThrow(() -> ServiceException.conflict(
                    "idempotency-key-in-use", "The Idempotency-Key (" + key.get() + ") is in use by a request "
                            + "still running.\nRetry in a moment."));
        }
        follower.catchUp(seq[0]);
        afterCommit.forEach(Runnable::run);
        return new Outcome(reply.status(), body[0], false);
    }

    private Optional<Outcome> replay(Principal principal, String key, String requestHash) {
        Optional<Stored> stored = database.read(tx -> IdempotencyStore.find(tx, principal.userId(), key));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().requestHash().equals(requestHash)) {
            throw ServiceException.invalid("Idempotency-Key", "was used for a different request", key);
        }
        return Optional.of(new Outcome(stored.get().status(), stored.get().body(), true));
    }
}
