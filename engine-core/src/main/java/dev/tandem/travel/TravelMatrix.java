package dev.tandem.travel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.google.common.collect.ImmutableMap;

import dev.tandem.model.Store;
import dev.tandem.model.StoreId;

/**
 * Drives measured by a routing engine or a map API. A pair missing in one direction takes the other direction's
 * leg; a pair missing in both takes the fallback estimate, so a matrix may list only the pairs that matter.
 *
 * @param legs measured legs by (from, to), in insertion order
 * @param fallback the estimate for pairs not listed
 */
public record TravelMatrix(Map<Route, Leg> legs, HaversineTravel fallback) implements TravelModel {

    /**
     * A directed pair of stores.
     *
     * @param from where the drive starts
     * @param to where it ends
     */
    public record Route(StoreId from, StoreId to) {

        public Route {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public Route reversed() {
            return new Route(to, from);
        }
    }

    public TravelMatrix {
        legs = ImmutableMap.copyOf(new LinkedHashMap<>(legs));
        Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public Leg leg(Store from, Store to) {
        if (from.id().equals(to.id())) {
            return Leg.ZERO;
        }
        Route route = new Route(from.id(), to.id());
        Leg leg = legs.get(route);
        if (leg == null) {
            leg = legs.get(route.reversed());
        }
        return leg != null ? leg : fallback.leg(from, to);
    }
}
