package dev.tandem.match;

import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * When no single store can send the whole quantity: the fewest sources that together can, and among those the
 * fastest (the latest arrival as early as possible). Each leg's {@link TransferOption#quantity()} is what that
 * source sends in the split.
 *
 * @param legs the sources, fastest first
 * @param covered units the legs send together
 * @param uncovered units no source can send, 0 when the split covers the request
 */
public record SplitProposal(List<TransferOption> legs, int covered, int uncovered) {

    public SplitProposal {
        legs = ImmutableList.copyOf(legs);
    }

    /** The arrival of the last leg, in minutes. */
    public double etaMinutes() {
        return legs.stream().mapToDouble(TransferOption::etaMinutes).max().orElse(0);
    }

    /** Whether every leg meets the promise. */
    public boolean meetsPromise() {
        return legs.stream().allMatch(TransferOption::meetsPromise);
    }

    /** Whether some leg takes a source below its safety stock. */
    public boolean dipsIntoSafetyStock() {
        return legs.stream().anyMatch(TransferOption::dipsIntoSafetyStock);
    }
}
