package dev.tandem.travel;

import static com.google.common.base.Preconditions.checkArgument;

import dev.tandem.model.Store;

/**
 * Estimates a drive from the great-circle distance: road distance = great-circle distance × road factor,
 * drive time = road distance ÷ average speed. With the defaults (factor 1.3, 45 km/h) the Shenzhen Futian and
 * Dongguan Nancheng stores, 61 km apart as the crow flies, are an 80 km, 107 minute drive.
 *
 * @param roadFactor how much longer roads are than the straight line, from 1 to 10
 * @param speedKmh average door-to-door speed in km/h, from 1 to 300
 */
public record HaversineTravel(double roadFactor, double speedKmh) implements TravelModel {

    public static final HaversineTravel DEFAULT = new HaversineTravel(1.3, 45);

    public HaversineTravel {
        checkArgument(isValidRoadFactor(roadFactor), "The roadFactor (%s) must be from 1 to 10.", roadFactor);
        checkArgument(isValidSpeed(speedKmh), "The speedKmh (%s) must be from 1 to 300.", speedKmh);
    }

    /** Whether {@code roadFactor} is a plausible ratio of road to straight-line distance: 1 to 10. */
    public static boolean isValidRoadFactor(double roadFactor) {
        return roadFactor >= 1.0 && roadFactor <= 10.0;
    }

    /** Whether {@code speedKmh} is a plausible average speed: 1 to 300 km/h. */
    public static boolean isValidSpeed(double speedKmh) {
        return speedKmh >= 1.0 && speedKmh <= 300.0;
    }

    @Override
    public Leg leg(Store from, Store to) {
        if (from.id().equals(to.id())) {
            return Leg.ZERO;
        }
        double km = from.location().greatCircleKm(to.location()) * roadFactor;
        return new Leg(km, km / speedKmh * 60.0);
    }
}
