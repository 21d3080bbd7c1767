package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;

import dev.tandem.advise.CustomerResponse;

/**
 * How simulated customers react to waiting and to diversion offers.
 *
 * <p>A customer who would wait longer than {@code patience} may leave: with probability
 * {@code churnAtPatience + churnPerHour × (hours beyond patience)}, at most {@code churnMax}. A diversion offer is
 * accepted with probability {@code acceptanceBase − acceptancePerDriveMinute × drive minutes +
 * acceptancePerCouponYuan × coupon}, clamped to [0, 0.98].
 *
 * @param patience the wait a customer takes without complaint, the playbook's 2 hours
 * @param churnAtPatience the chance of leaving just past it
 * @param churnPerHour how much that chance grows with each further hour
 * @param churnMax the highest chance of leaving, however long the wait
 * @param acceptanceBase the chance of taking an offer next door with no coupon
 * @param acceptancePerDriveMinute how much each minute of drive lowers it
 * @param acceptancePerCouponYuan how much each yuan of coupon raises it
 * @param churnPerDeferredDay for a customer given a later date (a visiting technician, the factory's expert) rather
 *     than a wait in the store: the chance of not coming back is {@code churnAtPatience} plus this per day, at most
 *     {@code churnMax}
 */
public record CustomerBehaviour(Duration patience, double churnAtPatience, double churnPerHour, double churnMax,
        double acceptanceBase, double acceptancePerDriveMinute, double acceptancePerCouponYuan,
        double churnPerDeferredDay) implements CustomerResponse {

    /**
     * Patience 2 h; 10 % leave just past it, 3 % more an hour, at most 60 %; a later date loses 10 % plus 8 % a day;
     * offers 75 % − 0.5 %/min + 0.05 %/CNY.
     */
    public static final CustomerBehaviour DEFAULT =
            new CustomerBehaviour(Duration.ofHours(2), 0.10, 0.03, 0.60, 0.75, 0.005, 0.0005, 0.08);

    private static final double MOST_ACCEPT = 0.98;

    public CustomerBehaviour {
        checkArgument(patience.compareTo(Duration.ZERO) > 0, "The patience (%s) must be positive.", patience);
        checkArgument(isProbability(churnAtPatience) && isProbability(churnMax) && isProbability(acceptanceBase),
                "The churnAtPatience (%s), churnMax (%s) and acceptanceBase (%s) must be within [0, 1].",
                churnAtPatience, churnMax, acceptanceBase);
        checkArgument(churnPerHour >= 0 && acceptancePerDriveMinute >= 0 && acceptancePerCouponYuan >= 0
                        && churnPerDeferredDay >= 0,
                "The churnPerHour (%s), acceptancePerDriveMinute (%s), acceptancePerCouponYuan (%s) and "
                        + "churnPerDeferredDay (%s) must not be negative.", churnPerHour, acceptancePerDriveMinute,
                acceptancePerCouponYuan, churnPerDeferredDay);
    }

    /** The same customers with another patience, to the minute. */
    public CustomerBehaviour withPatience(Duration newPatience) {
        return new CustomerBehaviour(newPatience, churnAtPatience, churnPerHour, churnMax, acceptanceBase,
                acceptancePerDriveMinute, acceptancePerCouponYuan, churnPerDeferredDay);
    }

    /** The patience in hours. */
    public double patienceHours() {
        return patience.toMinutes() / 60.0;
    }

    /** Whether a wait of {@code hours} is longer than a customer takes without complaint. */
    public boolean isLongWait(double hours) {
        return hours > patienceHours() + 1e-9;
    }

    /** The chance that a customer facing a wait of {@code hours} leaves. */
    public double churn(double hours) {
        if (!isLongWait(hours)) {
            return 0;
        }
        return Math.min(churnMax, churnAtPatience + churnPerHour * (hours - patienceHours()));
    }

    @Override
    public double lossOnWait(double hours) {
        return churn(hours);
    }

    @Override
    public double lossOnDeferral(double days) {
        return days <= 0 ? 0 : Math.min(churnMax, churnAtPatience + churnPerDeferredDay * days);
    }

    /** The chance that a customer takes an offer {@code driveMinutes} away with a coupon of {@code couponYuan}. */
    @Override
    public double acceptance(double driveMinutes, double couponYuan) {
        double p = acceptanceBase - acceptancePerDriveMinute * driveMinutes + acceptancePerCouponYuan * couponYuan;
        return Math.max(0, Math.min(MOST_ACCEPT, p));
    }

    private static boolean isProbability(double p) {
        return p >= 0 && p <= 1;
    }
}
