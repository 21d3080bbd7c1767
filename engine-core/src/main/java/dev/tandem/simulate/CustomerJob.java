package dev.tandem.simulate;

import java.util.Optional;

import dev.tandem.model.Level;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;

/**
 * One customer of the simulated stream: the same under every policy, so that policies are compared on the same
 * customers. Times are hours since midnight of the first simulated day.
 *
 * @param id a number unique within a run, in arrival order
 * @param store the store's index in the network
 * @param arrival when the customer arrives, hours since the start
 * @param hours workshop hours the job takes
 * @param skill the skill it needs
 * @param level the level it needs at least
 * @param part the part it needs, if any
 * @param offerDraw a uniform number in [0, 1) deciding a diversion offer: taken when below its acceptance
 * @param patienceDraw a uniform number in [0, 1) deciding a long wait: the customer leaves when below the churn
 * @param appointment whether the customer booked: known the evening before, so the network can steer them
 */
record CustomerJob(long id, int store, double arrival, double hours, Skill skill, Level level,
        Optional<PartNumber> part, double offerDraw, double patienceDraw, boolean appointment) {

    /** The same customer at another store, or another day, as a steered booking. */
    CustomerJob movedTo(int newStore, double newArrival) {
        return new CustomerJob(id, newStore, newArrival, hours, skill, level, part, offerDraw, patienceDraw,
                appointment);
    }

    int day() {
        return (int) Math.floor(arrival / 24);
    }
}
