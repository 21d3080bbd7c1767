/**
 * The limits the snapshot readers and the live network share (largest unit count, unit cost, capacity days).
 * Internal: not API, may change without notice.
 */
package dev.tandem.network.internal;
