package dev.tandem.match;

import java.util.Objects;

import dev.tandem.model.Money;
import dev.tandem.model.Store;
import dev.tandem.model.SubsidyBand;
import dev.tandem.model.SubsidyPolicy;
import dev.tandem.model.Technician;

/**
 * A qualified technician of another store, free in the window asked for.
 *
 * @param technician the technician
 * @param home the technician's home store
 * @param driveMinutes drive time from the home store to the requesting store
 * @param distanceKm road distance between them
 * @param band the subsidy band of the trip
 * @param subsidy HQ's subsidy for the trip, before travel and lodging
 */
public record TechnicianOption(Technician technician, Store home, double driveMinutes, double distanceKm,
        SubsidyBand band, Money subsidy) {

    public TechnicianOption {
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(subsidy, "subsidy");
    }

    /**
     * Such as {@code Wang Qiang (T3, Dongguan Nancheng): 1 h 47 min away (80 km), subsidy 500.00 CNY plus travel
     * and lodging}.
     */
    public String reason() {
        return technician.name() + " (" + technician.level() + ", " + home.name() + "): "
                + TransferOption.formatMinutes(driveMinutes) + " away (" + Math.round(distanceKm) + " km), subsidy "
                + subsidy + (SubsidyPolicy.paysTravelAndLodging(band) ? " plus travel and lodging" : "");
    }

    @Override
    public String toString() {
        return reason();
    }
}
