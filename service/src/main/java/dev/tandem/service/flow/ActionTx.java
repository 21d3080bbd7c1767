package dev.tandem.service.flow;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.tandem.service.auth.Principal;
import dev.tandem.service.store.Change;
import dev.tandem.service.store.Tx;

/** The transaction an action runs in, with who acts, the moment it acts at, and what it changed. */
public final class ActionTx {

    private final Tx tx;
    private final Principal principal;
    private final OffsetDateTime now;
    private final List<Change> changes = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();

    ActionTx(Tx tx, Principal principal, OffsetDateTime now) {
        this.tx = tx;
        this.principal = principal;
        this.now = now;
    }

    public Tx tx() {
        return tx;
    }

    public Principal principal() {
        return principal;
    }

    /** The action's moment: every ledger step and row it writes carries it. */
    public OffsetDateTime now() {
        return now;
    }

    /** Records a change, logged (and later published) when the action commits. */
    public void changed(Change change) {
        changes.add(change);
    }

    /** Runs {@code task} once the action has committed (not at all if it rolls back). */
    public void afterCommit(Runnable task) {
        afterCommit.add(task);
    }

    List<Change> changes() {
        return changes;
    }

    List<Runnable> afterCommit() {
        return afterCommit;
    }
}
