package dev.tandem.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The id of a support request, such as {@code R-001}; compared by its text.
 *
 * @param value the non-blank id text
 */
public record RequestId(String value) implements Comparable<RequestId> {

    public RequestId {
        Objects.requireNonNull(value, "value");
        checkArgument(!value.isBlank(), "A request id must not be blank.");
    }

    public static RequestId of(String value) {
        return new RequestId(value);
    }

    @Override
    public int compareTo(RequestId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
