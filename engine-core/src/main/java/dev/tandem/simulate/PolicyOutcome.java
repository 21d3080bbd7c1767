package dev.tandem.simulate;

import java.util.Objects;

import dev.tandem.model.Money;

/**
 * What one policy gave over one simulated run. Immutable.
 *
 * @param policy the policy
 * @param seed the seed of the customer stream
 * @param weeks weeks simulated
 * @param customers customers who came
 * @param served customers whose job was done, here, at another store or by a visiting technician
 * @param lost customers who left: after a long wait, or because nobody could do the job
 * @param longWaits customers who faced a wait beyond their patience ({@link #patienceHours()}), the complaint proxy
 * @param partWaits of those, customers who waited for the warehouse to bring a missing part
 * @param deferrals of those, customers whose fault nobody at the store could fix, given a later date (a visiting
 *     technician or the factory's expert); the rest waited in a queue
 * @param partNeeds jobs that needed a part
 * @param partsOnTime of those, jobs whose part was on the shelf or came within the 2-hour promise
 * @param technicianHours hours technicians worked: jobs and support trips
 * @param technicianHoursAvailable working hours of the technicians over the run
 * @param deadStock stock without movement for the dead-stock days at the end, at unit cost
 * @param emergencyTransfers parts sent for a waiting customer
 * @param unitsRebalanced units moved by the weekly rebalance
 * @param deadStockRevived units of dead stock moved to where they sell
 * @param supportTrips technician support visits for faults beyond a store
 * @param technicianLoans general technicians lent for a day to an overloaded neighbour
 * @param diversionOffers customers offered another store, at the door or, for a booking, the evening before
 * @param diversionsAccepted offers taken
 * @param bookingOffers bookings offered another store or the next day the evening before
 * @param bookingsSteered of those, taken
 * @param points incentive points earned by all stores
 * @param freight HQ's freight for transfers and rebalancing
 * @param subsidies HQ's subsidies, travel and lodging for support trips
 * @param compensation coupons and rides for diverted customers
 * @param patienceHours the customers' patience in the run: a longer wait is a long wait
 */
public record PolicyOutcome(Policy policy, long seed, int weeks, int customers, int served, int lost,
        int longWaits, int partWaits, int deferrals, int partNeeds, int partsOnTime, double technicianHours, double technicianHoursAvailable,
        Money deadStock, int emergencyTransfers, int unitsRebalanced, int deadStockRevived, int supportTrips,
        int technicianLoans, int diversionOffers, int diversionsAccepted, int bookingOffers, int bookingsSteered,
        int points, Money freight, Money subsidies,
        Money compensation, double patienceHours) {

    public PolicyOutcome {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(deadStock, "deadStock");
        Objects.requireNonNull(freight, "freight");
        Objects.requireNonNull(subsidies, "subsidies");
        Objects.requireNonNull(compensation, "compensation");
    }

    /** Share of part needs met on time, 0.96 for 96 %; 1 when no job needed a part. */
    public double fillRate() {
        return partNeeds == 0 ? 1 : (double) partsOnTime / partNeeds;
    }

    /** Share of customers who faced a long wait. */
    public double longWaitShare() {
        return customers == 0 ? 0 : (double) longWaits / customers;
    }

    /** Share of customers who waited over their patience in a queue: not for a part, not given a later date. */
    public double queueWaitShare() {
        return customers == 0 ? 0 : (double) (longWaits - partWaits - deferrals) / customers;
    }

    /** Share of customers who waited over their patience for a part from the warehouse. */
    public double partWaitShare() {
        return customers == 0 ? 0 : (double) partWaits / customers;
    }

    /** Share of customers given a later date for a fault beyond their store. */
    public double deferralShare() {
        return customers == 0 ? 0 : (double) deferrals / customers;
    }

    /** Share of the technicians' working hours spent on jobs and trips. */
    public double utilization() {
        return technicianHoursAvailable == 0 ? 0 : technicianHours / technicianHoursAvailable;
    }

    /** Transfers, support trips, loans and accepted diversions: the collaborations a customer notices. */
    public int collaborations() {
        return emergencyTransfers + supportTrips + technicianLoans + diversionsAccepted;
    }

    /** What collaboration cost HQ: freight, subsidies and compensation. */
    public Money collaborationCost() {
        return freight.plus(subsidies).plus(compensation);
    }
}
