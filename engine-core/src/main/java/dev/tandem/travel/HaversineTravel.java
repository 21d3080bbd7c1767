package dev.tandem.travel;

import static com.google.common.base.Preconditions.checkArgument;

import dev.tandem.model.Store;

/**
 * Estimates a drive from the great-circle distance: road distance = great-circle distance × road factor,
 * drive time = road distance ÷ average speed. With the defaults (factor 1.3, 45 km/h) the Shenzhen Futian and
 * Dongguan Nancheng stores, 61 km apart as the crow flies, are an 80 km, 107 minute drive.
 *
 * @param roadFactor how much longer roads are than the straight line, 1 or more
 * @param speedKmh average door-to-door speed in km/h, positive
 */
public record HaversineTravel(double roadFactor, double speedKmh) implements TravelModel {

    public static final HaversineTravel DEFAULT = new HaversineTravel(1.3, 45);

    public HaversineTravel {
        checkArgument(Double.isFinite(roadFactor) && roadFactor >= 1.0,
                "The roadFactor (%s) must be a finite number, 1 or more.", roadFactor);
        checkArgument(Double.isFinite(speedKmh) && speedKmh > 0,
                "The speedKmh (%s) must be a positive finite number.", speedKmh);
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
