package dev.tandem.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The id of a technician, such as {@code T001}; compared by its text.
 *
 * @param value the non-blank id text
 */
public record TechnicianId(String value) implements Comparable<TechnicianId> {

    public TechnicianId {
        Objects.requireNonNull(value, "value");
        checkArgument(!value.isBlank(), "A technician id must not be blank.");
    }

    public static TechnicianId of(String value) {
        return new TechnicianId(value);
    }

    @Override
    public int compareTo(TechnicianId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
