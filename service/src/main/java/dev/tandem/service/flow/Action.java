package dev.tandem.service.flow;

import java.sql.SQLException;

/** The work of one state-changing request, done inside its transaction. */
@FunctionalInterface
public interface Action {

    /** Checks, writes and says what changed (through {@link ActionTx#changed}); returns the response. */
    Reply act(ActionTx tx) throws SQLException;
}
