package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The simulation model's free parameters: what the snapshot does not say and a calibration fits to a network's
 * observed figures ({@link Calibration}). Immutable.
 *
 * @param stockDepth how deep stores stock against the snapshot: on hand, safety stock and the reorder cover are
 *     scaled by it; 1 keeps the snapshot's stock, within [0, 5]
 * @param jobHoursScale how long a job takes against the hours that keep a store that books its capacity busy;
 *     within [0.1, 3]
 * @param morningShare the share of walk-in customers who come in the first two opening hours; two hours over the
 *     arrival window is an even spread, within [0, 1]
 * @param appointmentShare the share of customers with a booking: they come spread evenly over the day and, being
 *     known the evening before, can be steered; within [0, 1]
 * @param repairSpread how much job hours vary: a job takes the mean × (1 ± spread), uniformly, within [0, 0.95]
 * @param loadSpread how far a typical day's store loads lie from the network's mean, against the snapshot's day:
 *     1 keeps the snapshot's differences, 0 gives every store the mean load; within [0, 2]
 * @param patienceHours the wait customers take without complaint, in hours: a longer wait is a long wait (the
 *     complaint proxy) and may lose the customer ({@link CustomerBehaviour}); the playbook's promise is 2 h,
 *     within [0.5, 8]
 */
public record ModelParameters(double stockDepth, double jobHoursScale, double morningShare, double appointmentShare,
        double repairSpread, double loadSpread, double patienceHours) {

    /** The playbook's patience: a wait over 2 hours is a long wait. */
    public static final double PLAYBOOK_PATIENCE_HOURS = 2;

    /**
     * The snapshot's stock and loads, jobs that fill the capacity, walk-ins spread evenly, half the customers
     * booked, hours ± 50 %, patience 2 h.
     */
    public static final ModelParameters DEFAULT = new ModelParameters(1, 1, 0.25, 0.5, 0.5, 1);

    public ModelParameters {
        checkArgument(within(stockDepth, 0, 5), "The stockDepth (%s) must be within [0, 5].", stockDepth);
        checkArgument(within(jobHoursScale, 0.1, 3), "The jobHoursScale (%s) must be within [0.1, 3].",
                jobHoursScale);
        checkArgument(within(morningShare, 0, 1), "The morningShare (%s) must be within [0, 1].", morningShare);
        checkArgument(within(appointmentShare, 0, 1), "The appointmentShare (%s) must be within [0, 1].",
                appointmentShare);
        checkArgument(within(repairSpread, 0, 0.95), "The repairSpread (%s) must be within [0, 0.95].",
                repairSpread);
        checkArgument(within(loadSpread, 0, 2), "The loadSpread (%s) must be within [0, 2].", loadSpread);
        checkArgument(within(patienceHours, 0.5, 8), "The patienceHours (%s) must be within [0.5, 8].",
                patienceHours);
    }

    /** The parameters with the playbook's patience of 2 hours. */
    public ModelParameters(double stockDepth, double jobHoursScale, double morningShare, double appointmentShare,
            double repairSpread, double loadSpread) {
        this(stockDepth, jobHoursScale, morningShare, appointmentShare, repairSpread, loadSpread,
                PLAYBOOK_PATIENCE_HOURS);
    }

    public ModelParameters withStockDepth(double value) {
        return new ModelParameters(value, jobHoursScale, morningShare, appointmentShare, repairSpread, loadSpread, patienceHours);
    }

    public ModelParameters withJobHoursScale(double value) {
        return new ModelParameters(stockDepth, value, morningShare, appointmentShare, repairSpread, loadSpread, patienceHours);
    }

    public ModelParameters withMorningShare(double value) {
        return new ModelParameters(stockDepth, jobHoursScale, value, appointmentShare, repairSpread, loadSpread, patienceHours);
    }

    public ModelParameters withAppointmentShare(double value) {
        return new ModelParameters(stockDepth, jobHoursScale, morningShare, value, repairSpread, loadSpread, patienceHours);
    }

    public ModelParameters withRepairSpread(double value) {
        return new ModelParameters(stockDepth, jobHoursScale, morningShare, appointmentShare, value, loadSpread, patienceHours);
    }

    public ModelParameters withLoadSpread(double value) {
        return new ModelParameters(stockDepth, jobHoursScale, morningShare, appointmentShare, repairSpread, value, patienceHours);
    }

    public ModelParameters withPatienceHours(double value) {
        return new ModelParameters(stockDepth, jobHoursScale, morningShare, appointmentShare, repairSpread, loadSpread,
                value);
    }

    private static boolean within(double value, double low, double high) {
        return value >= low && value <= high;
    }
}
