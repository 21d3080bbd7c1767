/**
 * The optimizing solvers behind the interfaces of engine-core: OR-Tools min-cost flow for stock rebalancing and
 * Timefold models for technician dispatch and customer diversion. Depend on this module to have them; without it,
 * engine-core runs on its greedy baselines.
 *
 * <p>No Timefold or OR-Tools type shows in a public signature outside the packages named {@code internal}, which
 * hold the planning domains, the constraints and the library plumbing and may change in any release.
 */
package dev.tandem.solvers;
