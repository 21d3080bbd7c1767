/**
 * Tandem: makes a chain of after-sales service stores work as one network.
 *
 * <p>Start from {@link dev.tandem.network.NetworkSnapshot}, read one with {@link dev.tandem.io.snapshot.SnapshotJson}
 * or build one with {@link dev.tandem.network.NetworkSnapshot#builder()}, then look at it through the views of
 * {@code dev.tandem.view}.
 */
package dev.tandem;
