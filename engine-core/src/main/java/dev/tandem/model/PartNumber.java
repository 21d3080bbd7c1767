package dev.tandem.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The part number of a part, such as {@code HL-FL}; compared by its text.
 *
 * @param value the non-blank id text
 */
public record PartNumber(String value) implements Comparable<PartNumber> {

    public PartNumber {
        Objects.requireNonNull(value, "value");
        checkArgument(!value.isBlank(), "A part number must not be blank.");
    }

    public static PartNumber of(String value) {
        return new PartNumber(value);
    }

    @Override
    public int compareTo(PartNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
