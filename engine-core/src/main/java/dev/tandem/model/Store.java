package dev.tandem.model;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A service store (门店) of the network.
 *
 * @param id unique id, such as {@code SZ}
 * @param name display name, any language
 * @param region a grouping label such as {@code PRD}; may be empty
 * @param location where the store is
 * @param dailyCapacity jobs the store can take a day (日产能), positive in a valid snapshot
 * @param bayHours workshop bay-hours a day, where known
 */
public record Store(StoreId id, String name, String region, GeoPoint location, int dailyCapacity,
        OptionalDouble bayHours) {

    public Store {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(bayHours, "bayHours");
    }

    /** A store whose bay-hours are not known. */
    public static Store of(String id, String name, String region, double lat, double lon, int dailyCapacity) {
        return new Store(StoreId.of(id), name, region, GeoPoint.of(lat, lon), dailyCapacity, OptionalDouble.empty());
    }
}
