/**
 * Reading and writing Tandem's documents, one sub-package per document: {@code snapshot} (the JSON interchange
 * format), {@code csv} (the playbook's spreadsheets), {@code history} (booking histories), {@code request}
 * (support requests, jobs and match answers), {@code plan} (plans), {@code ledger} (the event log) and
 * {@code report} (weekly reports and analytics). {@code internal} holds the shared JSON plumbing and is not API.
 * These are the only packages of the core that use Jackson.
 */
package dev.tandem.io;
