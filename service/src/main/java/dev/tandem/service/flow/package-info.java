/**
 * The state-changing actions, one transaction each: the ledger's life cycles (transfers, support bookings,
 * diversion offers, settlement), a store's own updates, and what an approved plan does.
 */
package dev.tandem.service.flow;
