package dev.tandem.match;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

/**
 * The answer to a {@link TechnicianRequest}: ranked by drive time, then the lowest sufficient level (a T3 is not
 * sent where a T2 will do), then technician order.
 *
 * @param request the question
 * @param options the ranked technicians, at most {@code request.limit()}
 * @param misses when there is none: why the candidates of the nearest stores were ruled out
 */
public record TechnicianMatch(TechnicianRequest request, List<TechnicianOption> options, List<Rejection> misses) {

    public TechnicianMatch {
        Objects.requireNonNull(request, "request");
        options = ImmutableList.copyOf(options);
        misses = ImmutableList.copyOf(misses);
    }
}
