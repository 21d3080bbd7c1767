package dev.tandem.travel;

import dev.tandem.model.Store;

/**
 * Distance and drive time between two stores. Implementations are immutable and thread-safe, and give
 * {@link Leg#ZERO} from a store to itself.
 */
public sealed interface TravelModel permits HaversineTravel, TravelMatrix {

    /** The drive from {@code from} to {@code to}. */
    Leg leg(Store from, Store to);
}
