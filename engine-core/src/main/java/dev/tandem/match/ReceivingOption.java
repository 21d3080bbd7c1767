package dev.tandem.match;

import java.util.Objects;

import dev.tandem.model.Store;

/**
 * A nearby store with room for the diverted customer's job and a qualified technician on duty.
 *
 * @param store the receiving store
 * @param driveMinutes drive time between the stores
 * @param distanceKm road distance between the stores
 * @param spareJobs jobs still free that day before taking this one
 * @param utilization the receiving store's utilization that day before taking it, 0.6 for 60 %
 */
public record ReceivingOption(Store store, double driveMinutes, double distanceKm, int spareJobs,
        double utilization) {

    public ReceivingOption {
        Objects.requireNonNull(store, "store");
    }

    /** Such as {@code Dongguan Nancheng: 8 jobs free (60 % booked), 1 h 47 min away}. */
    public String reason() {
        return store.name() + ": " + spareJobs + " jobs free (" + Math.round(utilization * 100) + " % booked), "
                + TransferOption.formatMinutes(driveMinutes) + " away";
    }

    @Override
    public String toString() {
        return reason();
    }
}
