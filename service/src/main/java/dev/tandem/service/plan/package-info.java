/**
 * Plans as asynchronous jobs: solved by the library's facade on a snapshot of the live network, acting only once HQ
 * approves them.
 */
package dev.tandem.service.plan;
