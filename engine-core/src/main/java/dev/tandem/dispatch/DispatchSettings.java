package dev.tandem.dispatch;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalTime;
import java.util.Objects;

import dev.tandem.model.LoadThresholds;
import dev.tandem.model.Money;
import dev.tandem.model.SubsidyPolicy;

/**
 * The policy of technician support dispatch (SOP 2). Defaults from the playbook where it has them.
 *
 * @param leadDays days a trip must be booked ahead unless urgent (the playbook's 3)
 * @param minOnDutyAtHome technicians on duty a lending store keeps for itself on a day it lends
 * @param dayStart when a working day starts, the earliest a trip may start work
 * @param dayEnd when a working day ends, the latest work may end
 * @param candidatesPerRequest how many of the nearest qualified technicians each request may go to
 * @param subsidy HQ's subsidy by distance band
 * @param travelPerKm travel cost per road kilometre, both ways, paid in the bands that pay travel
 * @param lodgingPerNight lodging paid for a far trip
 * @param overQualificationPerLevel soft cost of each level above the minimum sent
 * @param fairnessPerTrip soft cost of a technician's or store's trips, charged as trips² × this, so load spreads
 * @param thresholds when a lending store counts as overloaded
 */
public record DispatchSettings(int leadDays, int minOnDutyAtHome, LocalTime dayStart, LocalTime dayEnd,
        int candidatesPerRequest, SubsidyPolicy subsidy, Money travelPerKm, Money lodgingPerNight,
        Money overQualificationPerLevel, Money fairnessPerTrip, LoadThresholds thresholds) {

    public static final DispatchSettings DEFAULT = new DispatchSettings(3, 1, LocalTime.of(8, 0), LocalTime.of(18, 0),
            20, SubsidyPolicy.DEFAULT, Money.ofCents(80), Money.ofYuan(300), Money.ofYuan(150), Money.ofYuan(20),
            LoadThresholds.DEFAULT);

    public DispatchSettings {
        checkArgument(leadDays >= 0, "The leadDays (%s) must be 0 or more.", leadDays);
        checkArgument(minOnDutyAtHome >= 0, "The minOnDutyAtHome (%s) must be 0 or more.", minOnDutyAtHome);
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(dayEnd, "dayEnd");
        checkArgument(dayEnd.isAfter(dayStart), "The dayEnd (%s) must be after the dayStart (%s).", dayEnd, dayStart);
        checkArgument(candidatesPerRequest >= 1, "The candidatesPerRequest (%s) must be 1 or more.",
                candidatesPerRequest);
        Objects.requireNonNull(subsidy, "subsidy");
        Objects.requireNonNull(travelPerKm, "travelPerKm");
        Objects.requireNonNull(lodgingPerNight, "lodgingPerNight");
        Objects.requireNonNull(overQualificationPerLevel, "overQualificationPerLevel");
        Objects.requireNonNull(fairnessPerTrip, "fairnessPerTrip");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    public DispatchSettings withCandidatesPerRequest(int candidates) {
        return new DispatchSettings(leadDays, minOnDutyAtHome, dayStart, dayEnd, candidates, subsidy, travelPerKm,
                lodgingPerNight, overQualificationPerLevel, fairnessPerTrip, thresholds);
    }
}
