/**
 * Inputs for tests and benchmarks: generated capacitated-assignment instances and sample dashboards. Internal: not
 * API, may change without notice.
 */
package dev.tandem.sample.internal;
