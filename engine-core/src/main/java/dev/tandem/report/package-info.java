/**
 * Reports read from the ledger: the weekly collaboration report of the playbook ({@link
 * dev.tandem.report.WeeklyReport}), a value that renderers consume ({@link dev.tandem.report.WeeklyReportMarkdown}
 * here, {@code dev.tandem.io.report.ReportJson} for JSON).
 */
package dev.tandem.report;
