/**
 * What the dashboard builders of the core, the command line and the service share: the rows a ledger gives a
 * dashboard. Internal: not API, may change without notice.
 */
package dev.tandem.dashboard.internal;
