/** The import of the playbook's spreadsheets (stores, technicians, stock and capacity as RFC 4180 CSV) into a snapshot. */
package dev.tandem.io.csv;
