package dev.tandem.divert;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The id of a customer's job (工单) of the day, such as {@code J0001}.
 *
 * @param value not blank
 */
public record JobId(String value) implements Comparable<JobId> {

    public JobId {
        Objects.requireNonNull(value, "value");
        checkArgument(!value.isBlank(), "A job id must not be blank.");
    }

    public static JobId of(String value) {
        return new JobId(value);
    }

    @Override
    public int compareTo(JobId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
