/**
 * The optimizing solvers behind the interfaces of engine-core: OR-Tools min-cost flow for stock rebalancing and
 * Timefold models for technician dispatch and customer diversion. Depend on this module to have them; without it,
 * engine-core runs on its greedy baselines.
 */
package dev.tandem.solvers;
