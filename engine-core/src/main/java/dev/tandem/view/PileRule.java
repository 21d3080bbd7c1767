package dev.tandem.view;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * When a store holds unusually much of a part (the playbook's hint of dead stock, 某个店库存特别高): at least
 * {@code minUnits} on hand and at least {@code timesNetworkMean} times the mean on hand per store across the
 * whole network (stores without the part count as zero).
 *
 * @param timesNetworkMean how many times the network mean counts as a pile, more than 1
 * @param minUnits the fewest units that can be a pile, 1 or more
 */
public record PileRule(double timesNetworkMean, int minUnits) {

    /** Three times the network mean and at least five units. */
    public static final PileRule DEFAULT = new PileRule(3.0, 5);

    public PileRule {
        checkArgument(Double.isFinite(timesNetworkMean) && timesNetworkMean > 1.0,
                "The timesNetworkMean (%s) must be a finite number above 1.", timesNetworkMean);
        checkArgument(minUnits >= 1, "The minUnits (%s) must be 1 or more.", minUnits);
    }

    boolean isPile(int onHand, double networkMean) {
        return onHand >= minUnits && onHand >= timesNetworkMean * networkMean;
    }
}
