package dev.tandem.dispatch;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.RequestId;

/**
 * A request a plan leaves without a technician, and what blocked its nearest candidates.
 *
 * @param request the request
 * @param priority its priority, 1 to 5
 * @param blockedBy one line per nearest candidate technician: who, and the rule that blocked them
 */
public record UnassignedRequest(RequestId request, int priority, List<String> blockedBy) {

    public UnassignedRequest {
        Objects.requireNonNull(request, "request");
        blockedBy = ImmutableList.copyOf(blockedBy);
    }
}
