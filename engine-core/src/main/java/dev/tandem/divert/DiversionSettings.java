package dev.tandem.divert;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;

import dev.tandem.model.Money;

/**
 * The policy of customer diversion (SOP 3), defaults from the playbook where it has them.
 *
 * @param waitThreshold an overloaded store offers diversion when its expected wait passes this (the playbook's
 *     2 h); a receiving store must expect no more
 * @param coupon the coupon offered with each diversion (the playbook's example 200 CNY), paid by HQ
 * @param ridePerKm the ride voucher per road km, both ways, paid by HQ
 * @param rideMinimum the least a ride voucher pays
 * @param customerLifetimeValue what a customer lost is worth (the playbook's 80,000 CNY)
 * @param churnPerHour the chance a customer is lost for each hour waited beyond the threshold, in [0, 1]
 * @param vipChurnFactor how many times more a VIP's long wait risks
 * @param hoursPerJob bay-hours of one job of a store's daily capacity, when its bay-hours are not known
 * @param workingDay the hours a bay works a day: a store's bays are its bay-hours over this
 * @param candidatesPerJob how many receiving stores a job may be offered: the nearest by drive time of those
 *     eligible for it (skill on duty, not diverting, not refused, room for the job, within the customer's drive)
 * @param acceptanceBase the chance a customer accepts an offer next door with no coupon
 * @param acceptanceDropPerTenMinutes how much each 10 minutes of drive lower the chance
 * @param acceptanceRisePerHundredYuan how much each 100 CNY of coupon raises the chance
 * @param fallbackAtRefusal an offer at least this likely to be refused gets a fallback store
 * @param pointsPerDiversion incentive points for the receiving store per customer received (the playbook's 2)
 */
public record DiversionSettings(Duration waitThreshold, Money coupon, Money ridePerKm, Money rideMinimum,
        Money customerLifetimeValue, double churnPerHour, double vipChurnFactor, double hoursPerJob,
        double workingDay, int candidatesPerJob, double acceptanceBase, double acceptanceDropPerTenMinutes,
        double acceptanceRisePerHundredYuan, double fallbackAtRefusal, int pointsPerDiversion) {

    /** The smallest chance the acceptance model gives: some customers take any offer. */
    public static final double MIN_ACCEPTANCE = 0.05;
    /** The largest chance the acceptance model gives: some customers refuse any offer. */
    public static final double MAX_ACCEPTANCE = 0.95;

    public static final DiversionSettings DEFAULT = new DiversionSettings(Duration.ofHours(2), Money.ofYuan(200),
            Money.ofCents(250), Money.ofYuan(30), Money.ofYuan(80_000), 0.02, 2.0, 2.0, 10.0, 10, 0.70, 0.05, 0.10,
            0.2, 2);

    public DiversionSettings {
        Objects.requireNonNull(waitThreshold, "waitThreshold");
        Objects.requireNonNull(coupon, "coupon");
        Objects.requireNonNull(ridePerKm, "ridePerKm");
        Objects.requireNonNull(rideMinimum, "rideMinimum");
        Objects.requireNonNull(customerLifetimeValue, "customerLifetimeValue");
        checkArgument(!waitThreshold.isNegative(), "The waitThreshold (%s) must not be negative.", waitThreshold);
        checkArgument(!coupon.isNegative() && !ridePerKm.isNegative() && !rideMinimum.isNegative()
                && !customerLifetimeValue.isNegative(), "Money in the diversion settings must not be negative.");
        checkArgument(churnPerHour >= 0 && churnPerHour <= 1, "The churnPerHour (%s) must be in [0, 1].",
                churnPerHour);
        checkArgument(vipChurnFactor >= 1, "The vipChurnFactor (%s) must be 1 or more.", vipChurnFactor);
        checkArgument(hoursPerJob > 0 && workingDay > 0, "The hoursPerJob (%s) and workingDay (%s) must be positive.",
                hoursPerJob, workingDay);
        checkArgument(candidatesPerJob >= 1, "The candidatesPerJob (%s) must be 1 or more.", candidatesPerJob);
        checkArgument(acceptanceBase >= 0 && acceptanceBase <= 1, "The acceptanceBase (%s) must be in [0, 1].",
                acceptanceBase);
        checkArgument(fallbackAtRefusal >= 0 && fallbackAtRefusal <= 1,
                "The fallbackAtRefusal (%s) must be in [0, 1].", fallbackAtRefusal);
        checkArgument(pointsPerDiversion >= 0, "The pointsPerDiversion (%s) must not be negative.",
                pointsPerDiversion);
    }

    /**
     * The chance a customer accepts an offer at {@code driveMinutes} from their store with this settings' coupon:
     * the base, less the drop per 10 minutes, plus the rise per 100 CNY, kept within
     * [{@value #MIN_ACCEPTANCE}, {@value #MAX_ACCEPTANCE}].
     */
    public double acceptance(double driveMinutes) {
        double chance = acceptanceBase - acceptanceDropPerTenMinutes * driveMinutes / 10
                + acceptanceRisePerHundredYuan * coupon.cents() / 10_000.0;
        return Math.max(MIN_ACCEPTANCE, Math.min(MAX_ACCEPTANCE, chance));
    }

    /** The ride voucher for a store {@code km} road kilometres away: both ways, at least the minimum. */
    public Money ride(double km) {
        return Money.ofCents(Math.max(rideMinimum.cents(), Math.round(2 * km * ridePerKm.cents())));
    }

    /** The expected cost, in fen, of a customer waiting {@code waitHours}: the risk beyond the threshold × CLV. */
    public long waitCost(double waitHours, boolean vip) {
        double beyond = Math.max(0, waitHours - waitThreshold.toMinutes() / 60.0);
        double risk = Math.min(1, beyond * churnPerHour * (vip ? vipChurnFactor : 1));
        return Math.round(risk * customerLifetimeValue.cents());
    }

    public DiversionSettings withCoupon(Money amount) {
        return new DiversionSettings(waitThreshold, amount, ridePerKm, rideMinimum, customerLifetimeValue,
                churnPerHour, vipChurnFactor, hoursPerJob, workingDay, candidatesPerJob, acceptanceBase,
                acceptanceDropPerTenMinutes, acceptanceRisePerHundredYuan, fallbackAtRefusal, pointsPerDiversion);
    }
}
