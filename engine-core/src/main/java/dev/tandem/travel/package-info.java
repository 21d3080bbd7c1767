/**
 * Distance and drive time between stores: a haversine estimate by default, a user-supplied matrix (from OSRM,
 * GraphHopper or a map API) where one is known.
 */
package dev.tandem.travel;
