package dev.tandem.match;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

/**
 * The answer to a {@link ReceivingRequest}: stores ranked by drive time, then store order.
 *
 * @param request the question
 * @param options the ranked stores, at most {@code request.limit()}
 * @param misses when there is none: why each of the nearest stores was ruled out
 */
public record ReceivingMatch(ReceivingRequest request, List<ReceivingOption> options, List<Rejection> misses) {

    public ReceivingMatch {
        Objects.requireNonNull(request, "request");
        options = ImmutableList.copyOf(options);
        misses = ImmutableList.copyOf(misses);
    }
}
