/**
 * Reading and writing snapshots: the JSON interchange format ({@link dev.tandem.io.SnapshotJson}) and the
 * playbook's spreadsheets as CSV ({@link dev.tandem.io.CsvNetworkImport}). The only package of the core that
 * uses Jackson.
 */
package dev.tandem.io;
