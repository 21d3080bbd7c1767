/**
 * The three views of stage one of the playbook (see everything): the technician capability map, the shared
 * stock table and the capacity monitor. Each is a query API over a {@link dev.tandem.network.NetworkSnapshot}
 * plus a printable {@link dev.tandem.view.TextTable}.
 */
package dev.tandem.view;
