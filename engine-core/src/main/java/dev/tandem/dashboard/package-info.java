/**
 * The collaboration dashboard (协同效果仪表盘): one self-contained HTML file with inline SVG charts, to open in
 * any browser without network access. {@link dev.tandem.dashboard.DashboardData} is a value model of plain
 * records, filled by its builder from a snapshot, a booking history and forecast, a rebalancing plan and
 * whatever rows a ledger gives; {@link dev.tandem.dashboard.DashboardRenderer} turns it into HTML.
 */
package dev.tandem.dashboard;
