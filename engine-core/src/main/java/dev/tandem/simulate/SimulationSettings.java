package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.tandem.model.Money;

/**
 * The knobs of a simulation run; {@link #DEFAULT} holds the playbook's figures. Immutable.
 *
 * @param weeks how many weeks to simulate, 1 to 260
 * @param openHour when the workshops open, hour of the day
 * @param closeHour when they close; work does not run past it
 * @param defaultLoad a store's demand as a share of its daily capacity where the snapshot has no bookings
 * @param jobMix the skills and levels jobs need
 * @param behaviour how customers react to waits and offers; its patience is the model's
 *     ({@link ModelParameters#patienceHours()}), which replaces the one given
 * @param replenishLeadDays days from a warehouse order to delivery, for routine reorders
 * @param urgentLeadDays days an urgent warehouse order for a waiting customer takes
 * @param reviewDays days of demand a reorder tops the stock up with, above safety stock
 * @param escalationDays days a fault beyond the store waits for the factory's expert when the store is alone
 * @param deadStockDays days without movement after which stock is dead
 * @param coupon the diversion coupon (example 200 CNY)
 * @param ridePerKm the ride voucher of a diversion, per km each way
 * @param maxDiversionDrive the longest drive a customer is offered
 * @param supportDaysPerWeek days a week each technician is free to support other stores
 * @param customerLifetimeValue what a customer kept is worth (80 000 CNY)
 * @param model the model's free parameters, as a calibration fits them
 * @param levers the levers the network policy pulls; isolated stores pull none
 */
public record SimulationSettings(int weeks, int openHour, int closeHour, double defaultLoad, JobMix jobMix,
        CustomerBehaviour behaviour, int replenishLeadDays, int urgentLeadDays, int reviewDays, int escalationDays,
        int deadStockDays, Money coupon, Money ridePerKm, Duration maxDiversionDrive, int supportDaysPerWeek,
        Money customerLifetimeValue, ModelParameters model, Set<Lever> levers) {

    /** The longest simulation, five years. */
    public static final int MOST_WEEKS = 260;

    /** 26 weeks; open 9:00 to 18:00; the playbook's coupon, lifetime value and dead-stock rule. */
    public static final SimulationSettings DEFAULT = new SimulationSettings(26, 9, 18, 0.8, JobMix.DEFAULT,
            CustomerBehaviour.DEFAULT, 3, 2, 14, 5, 90, Money.ofYuan(200), Money.ofYuan(2), Duration.ofMinutes(60),
            2, Money.ofYuan(80_000), ModelParameters.DEFAULT, Lever.all());

    public SimulationSettings {
        Objects.requireNonNull(jobMix, "jobMix");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(coupon, "coupon");
        Objects.requireNonNull(ridePerKm, "ridePerKm");
        Objects.requireNonNull(maxDiversionDrive, "maxDiversionDrive");
        Objects.requireNonNull(customerLifetimeValue, "customerLifetimeValue");
        Objects.requireNonNull(model, "model");
        behaviour = behaviour.withPatience(Duration.ofMinutes(Math.round(model.patienceHours() * 60)));
        levers = levers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(levers));
        checkArgument(weeks >= 1 && weeks <= MOST_WEEKS, "The weeks (%s) must be within [1, %s].", weeks, MOST_WEEKS);
        checkArgument(openHour >= 0 && openHour < closeHour && closeHour <= 24,
                "The opening hours (%s to %s) must satisfy 0 <= open < close <= 24.", openHour, closeHour);
        checkArgument(defaultLoad > 0 && defaultLoad <= 3, "The defaultLoad (%s) must be within (0, 3].", defaultLoad);
        checkArgument(replenishLeadDays >= 1 && urgentLeadDays >= 1 && reviewDays >= 1 && escalationDays >= 1
                        && deadStockDays >= 1 && supportDaysPerWeek >= 0 && supportDaysPerWeek <= 7,
                "Lead, review, escalation and dead-stock days must be 1 or more and support days within [0, 7]: "
                        + "%s, %s, %s, %s, %s, %s.", replenishLeadDays, urgentLeadDays, reviewDays, escalationDays,
                deadStockDays, supportDaysPerWeek);
        checkArgument(!coupon.isNegative() && !ridePerKm.isNegative() && !customerLifetimeValue.isNegative(),
                "The coupon (%s), ridePerKm (%s) and customerLifetimeValue (%s) must not be negative.", coupon,
                ridePerKm, customerLifetimeValue);
        checkArgument(!maxDiversionDrive.isNegative(), "The maxDiversionDrive (%s) must not be negative.",
                maxDiversionDrive);
    }

    public SimulationSettings withWeeks(int newWeeks) {
        return new SimulationSettings(newWeeks, openHour, closeHour, defaultLoad, jobMix, behaviour,
                replenishLeadDays, urgentLeadDays, reviewDays, escalationDays, deadStockDays, coupon, ridePerKm,
                maxDiversionDrive, supportDaysPerWeek, customerLifetimeValue, model, levers);
    }

    public SimulationSettings withBehaviour(CustomerBehaviour newBehaviour) {
        return new SimulationSettings(weeks, openHour, closeHour, defaultLoad, jobMix, newBehaviour,
                replenishLeadDays, urgentLeadDays, reviewDays, escalationDays, deadStockDays, coupon, ridePerKm,
                maxDiversionDrive, supportDaysPerWeek, customerLifetimeValue, model, levers);
    }

    public SimulationSettings withModel(ModelParameters newModel) {
        return new SimulationSettings(weeks, openHour, closeHour, defaultLoad, jobMix, behaviour,
                replenishLeadDays, urgentLeadDays, reviewDays, escalationDays, deadStockDays, coupon, ridePerKm,
                maxDiversionDrive, supportDaysPerWeek, customerLifetimeValue, newModel, levers);
    }

    public SimulationSettings withLevers(Set<Lever> newLevers) {
        return new SimulationSettings(weeks, openHour, closeHour, defaultLoad, jobMix, behaviour,
                replenishLeadDays, urgentLeadDays, reviewDays, escalationDays, deadStockDays, coupon, ridePerKm,
                maxDiversionDrive, supportDaysPerWeek, customerLifetimeValue, model, newLevers);
    }

    /** Hours a workshop is open a day. */
    int workingHours() {
        return closeHour - openHour;
    }

    int days() {
        return weeks * 7;
    }
}
