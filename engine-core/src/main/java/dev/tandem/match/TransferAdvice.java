package dev.tandem.match;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

/**
 * The answer to a {@link TransferRequest}.
 *
 * <p>Options are ranked: first every option that leaves the source its safety stock, then the last resorts that
 * dip into it; within each, those that meet the promise before those that miss it (marked), then by ETA, then
 * by store order.
 *
 * @param request the question
 * @param options the ranked options, at most {@code request.limit()}
 * @param split a split across several stores, present when no single store can send the whole quantity
 * @param misses when there is no option at all: why each of the nearest stores was ruled out
 */
public record TransferAdvice(TransferRequest request, List<TransferOption> options, Optional<SplitProposal> split,
        List<Rejection> misses) {

    public TransferAdvice {
        Objects.requireNonNull(request, "request");
        options = ImmutableList.copyOf(options);
        Objects.requireNonNull(split, "split");
        misses = ImmutableList.copyOf(misses);
    }

    /** The best option, if any; it may send less than the quantity asked for. */
    public Optional<TransferOption> best() {
        return options.isEmpty() ? Optional.empty() : Optional.of(options.get(0));
    }

    /** The best option that sends the whole quantity without dipping into safety stock, if any is listed. */
    public Optional<TransferOption> firstCovering() {
        return options.stream()
                .filter(option -> option.quantity() == request.quantity() && !option.dipsIntoSafetyStock())
                .findFirst();
    }
}
