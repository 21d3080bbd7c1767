package dev.tandem.rebalance.internal;

/**
 * Units of a part a solver decided to send, before they are priced and explained: dense store indexes.
 *
 * @param from the sending store
 * @param to the receiving store
 * @param units units, 1 or more
 */
public record Shipment(int from, int to, int units) {
}
