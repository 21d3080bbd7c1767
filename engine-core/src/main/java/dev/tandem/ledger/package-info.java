/**
 * The collaboration ledger: every transfer, technician support trip, customer diversion and dead-stock revival
 * as a record with its life cycle (requested, accepted or refused, in progress, done, settled) and the times of
 * each step.
 *
 * <p>A {@link dev.tandem.ledger.Ledger} applies {@link dev.tandem.ledger.LedgerEvent}s one at a time, atomically
 * and idempotently by request id, and keeps a stock book seeded from a
 * {@link dev.tandem.network.NetworkSnapshot} in which every unit shipped is on hand, in transit, or recorded as
 * lost on a short delivery. Each applied event goes to an {@link dev.tandem.ledger.EventLog} first; replaying the
 * log rebuilds the same {@link dev.tandem.ledger.LedgerState}. The JSON Lines form of the log lives in
 * {@code dev.tandem.io.ledger.LedgerJson}.
 */
package dev.tandem.ledger;
