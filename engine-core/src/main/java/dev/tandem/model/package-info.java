/**
 * Immutable values of the service network: stores, technicians, parts, stock levels and capacity days, with
 * typed ids.
 *
 * <p>The values check only that nothing is missing; the rules that relate values to each other and to the
 * network (a positive capacity, a reserved quantity within what is on hand, a reference to a known store) are
 * checked once, for the whole aggregate, when a {@link dev.tandem.network.NetworkSnapshot} is built, so that
 * every problem is reported at once with its place.
 */
package dev.tandem.model;
