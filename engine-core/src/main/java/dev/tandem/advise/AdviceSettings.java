package dev.tandem.advise;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.tandem.match.MatchSettings;
import dev.tandem.model.Money;

/**
 * What the advisor weighs options by. Defaults from the playbook. Immutable.
 *
 * @param match the matching core's policies (handling time, freight, subsidies, load thresholds)
 * @param remedies the network's remedies the advisor may pick; waiting, and escalating a fault nobody here can
 *     fix, are always there, since they are what a store alone does
 * @param response how customers answer waits and offers
 * @param lifetimeValue what a customer kept is worth (80 000 CNY)
 * @param promise the transfer promise (2 h)
 * @param urgentOrderHours hours an urgent warehouse order takes to bring a missing part
 * @param leadDays days ahead a visiting technician is booked (3)
 * @param visitSearchDays days after the lead the advisor looks for a free technician
 * @param workStart when a visiting technician starts work
 * @param travelPerKm travel paid per road kilometre, both ways, in the bands that pay travel
 * @param lodgingPerNight lodging paid for a far trip
 * @param coupon the diversion coupon (200 CNY)
 * @param ridePerKm the ride voucher of a diversion per kilometre, both ways
 * @param maxDrive the longest drive a diverted customer is offered
 * @param escalationDays days until the factory's expert comes
 * @param factoryFee what the factory charges for an escalation
 */
public record AdviceSettings(MatchSettings match, Set<Remedy> remedies, CustomerResponse response,
        Money lifetimeValue, Duration promise, double urgentOrderHours, int leadDays, int visitSearchDays,
        LocalTime workStart, Money travelPerKm, Money lodgingPerNight, Money coupon, Money ridePerKm,
        Duration maxDrive, int escalationDays, Money factoryFee) {

    /** Every remedy, the playbook's figures, and {@code response} for the customers. */
    public static AdviceSettings of(CustomerResponse response) {
        return new AdviceSettings(MatchSettings.DEFAULT, EnumSet.allOf(Remedy.class), response, Money.ofYuan(80_000),
                Duration.ofHours(2), 48, 3, 7, LocalTime.of(9, 0), Money.ofCents(80), Money.ofYuan(300),
                Money.ofYuan(200), Money.ofYuan(2), Duration.ofHours(1), 5, Money.ZERO);
    }

    public AdviceSettings {
        Objects.requireNonNull(match, "match");
        remedies = remedies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(remedies));
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(workStart, "workStart");
        Objects.requireNonNull(maxDrive, "maxDrive");
        for (Money money : new Money[] {lifetimeValue, travelPerKm, lodgingPerNight, coupon, ridePerKm, factoryFee}) {
            checkArgument(!Objects.requireNonNull(money, "money").isNegative(),
                    "The amount (%s) in the advice settings must not be negative.", money);
        }
        checkArgument(urgentOrderHours >= 0 && leadDays >= 0 && visitSearchDays >= 0 && escalationDays >= 1,
                "The urgentOrderHours (%s), leadDays (%s) and visitSearchDays (%s) must not be negative and the "
                        + "escalationDays (%s) must be 1 or more.", urgentOrderHours, leadDays, visitSearchDays,
                escalationDays);
    }

    public AdviceSettings withRemedies(Set<Remedy> newRemedies) {
        return new AdviceSettings(match, newRemedies, response, lifetimeValue, promise, urgentOrderHours, leadDays,
                visitSearchDays, workStart, travelPerKm, lodgingPerNight, coupon, ridePerKm, maxDrive,
                escalationDays, factoryFee);
    }

    public AdviceSettings withTimes(double newUrgentOrderHours, int newEscalationDays, Duration newMaxDrive) {
        return new AdviceSettings(match, remedies, response, lifetimeValue, promise, newUrgentOrderHours, leadDays,
                visitSearchDays, workStart, travelPerKm, lodgingPerNight, coupon, ridePerKm, newMaxDrive,
                newEscalationDays, factoryFee);
    }

    public AdviceSettings withMoney(Money newLifetimeValue, Money newCoupon, Money newRidePerKm) {
        return new AdviceSettings(match, remedies, response, newLifetimeValue, promise, urgentOrderHours, leadDays,
                visitSearchDays, workStart, travelPerKm, lodgingPerNight, newCoupon, newRidePerKm, maxDrive,
                escalationDays, factoryFee);
    }

    boolean allows(Remedy remedy) {
        return remedies.contains(remedy);
    }
}
