package dev.tandem.solvers.dispatch;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The weight of a dispatch rule: what one unit of the rule's penalty (a violation, a priority point, a fen, a
 * level, a trip squared) costs at each level of the score. A zero weight switches a rule off; weights are never
 * negative, so every rule stays a penalty.
 *
 * @param hard cost at the hard level
 * @param medium cost at the medium level
 * @param soft cost at the soft level
 */
public record Weight(long hard, long medium, long soft) {

    /** Switches a rule off. */
    public static final Weight ZERO = new Weight(0, 0, 0);

    public Weight {
        checkArgument(hard >= 0 && medium >= 0 && soft >= 0,
                "The weight (%s hard, %s medium, %s soft) must not be negative.%n"
                        + "Maybe use 0 to switch the rule off.", hard, medium, soft);
    }

    public static Weight ofHard(long hard) {
        return new Weight(hard, 0, 0);
    }

    public static Weight ofMedium(long medium) {
        return new Weight(0, medium, 0);
    }

    public static Weight ofSoft(long soft) {
        return new Weight(0, 0, soft);
    }

    /** Such as {@code 0hard/0medium/15000soft}. */
    @Override
    public String toString() {
        return hard + "hard/" + medium + "medium/" + soft + "soft";
    }
}
