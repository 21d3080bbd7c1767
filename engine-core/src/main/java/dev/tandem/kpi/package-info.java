/**
 * Measures of collaboration read from a {@link dev.tandem.ledger.LedgerState}: service levels against the
 * playbook's promises ({@link dev.tandem.kpi.ServiceLevels}), incentive points and the monthly store ranking
 * ({@link dev.tandem.kpi.StoreRanking}), technician subsidies ({@link dev.tandem.kpi.TechnicianSubsidy}) and the
 * store-manager KPI scorecard ({@link dev.tandem.kpi.KpiScorecard}). Every rule's number is a setting with the
 * playbook's value as its default.
 */
package dev.tandem.kpi;
