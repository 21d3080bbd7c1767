package dev.tandem.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The id of a store, such as {@code SZ}; compared by its text.
 *
 * @param value the non-blank id text
 */
public record StoreId(String value) implements Comparable<StoreId> {

    public StoreId {
        Objects.requireNonNull(value, "value");
        checkArgument(!value.isBlank(), "A store id must not be blank.");
    }

    public static StoreId of(String value) {
        return new StoreId(value);
    }

    @Override
    public int compareTo(StoreId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
