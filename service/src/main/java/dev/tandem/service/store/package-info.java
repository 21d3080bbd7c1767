/**
 * The database: the pool and migrations, the tables of live state, the ledger, users, idempotency keys, plans and
 * the change log.
 */
package dev.tandem.service.store;
