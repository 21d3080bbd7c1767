package dev.tandem.simulate;

import dev.tandem.model.Money;

/** The running counts of one simulated run; becomes a {@link PolicyOutcome} at the end. Not thread-safe. */
final class Tally {

    int customers;
    int served;
    int lost;
    int longWaits;
    int partWaits;
    int deferrals;
    int partNeeds;
    int partsOnTime;
    int emergencyTransfers;
    int unitsRebalanced;
    int deadStockRevived;
    int supportTrips;
    int technicianLoans;
    int bookingOffers;
    int bookingsSteered;
    int diversionOffers;
    int diversionsAccepted;
    int points;
    Money freight = Money.ZERO;
    Money subsidies = Money.ZERO;
    Money compensation = Money.ZERO;

    PolicyOutcome outcome(Policy policy, long seed, int weeks, double technicianHours, double hoursAvailable,
            Money deadStock, double patienceHours) {
        return new PolicyOutcome(policy, seed, weeks, customers, served, lost, longWaits, partWaits, deferrals,
                partNeeds, partsOnTime, technicianHours, hoursAvailable, deadStock, emergencyTransfers,
                unitsRebalanced, deadStockRevived, supportTrips, technicianLoans, diversionOffers, diversionsAccepted,
                bookingOffers, bookingsSteered, points, freight, subsidies, compensation, patienceHours);
    }
}
