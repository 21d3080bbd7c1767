/** The ledger's event log as JSON Lines: append, replay, and the JSON form of ledger events. */
package dev.tandem.io.ledger;
