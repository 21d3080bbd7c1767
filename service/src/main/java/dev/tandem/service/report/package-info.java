/**
 * The weekly report, KPIs, ranking, forecast and dashboard, computed by the library from the ledger in the
 * database.
 */
package dev.tandem.service.report;
