package dev.tandem.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * What HQ pays to move parts between stores: a rate per road kilometre with a minimum per trip. The default, 50
 * CNY minimum and 1.50 CNY per km, makes a same-city run cost the playbook's 50 CNY.
 *
 * @param minimumPerTrip the least a trip costs, not negative
 * @param perKm the cost per road kilometre, not negative
 */
public record FreightRates(Money minimumPerTrip, Money perKm) {

    public static final FreightRates DEFAULT = new FreightRates(Money.ofYuan(50), Money.ofCents(150));

    public FreightRates {
        Objects.requireNonNull(minimumPerTrip, "minimumPerTrip");
        Objects.requireNonNull(perKm, "perKm");
        checkArgument(!minimumPerTrip.isNegative() && !perKm.isNegative(),
                "The freight rates (%s minimum, %s per km) must not be negative.", minimumPerTrip, perKm);
    }

    /** The freight of one trip of {@code distanceKm}, rounded to the fen. */
    public Money trip(double distanceKm) {
        checkArgument(distanceKm >= 0 && Double.isFinite(distanceKm), "The distance (%s km) must be 0 or more.",
                distanceKm);
        long byDistance = Math.round(distanceKm * perKm.cents());
        return Money.ofCents(Math.max(minimumPerTrip.cents(), byDistance));
    }
}
