package dev.tandem.model;

import java.util.Objects;

/**
 * A spare part (备件) as the network catalogues it.
 *
 * @param number the part number, unique
 * @param name display name, any language
 * @param unitCost what one unit costs the network; not negative in a valid snapshot
 */
public record Part(PartNumber number, String name, Money unitCost) {

    public Part {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitCost, "unitCost");
    }

    public static Part of(String number, String name, Money unitCost) {
        return new Part(PartNumber.of(number), name, unitCost);
    }
}
