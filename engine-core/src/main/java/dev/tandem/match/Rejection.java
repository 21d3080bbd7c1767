package dev.tandem.match;

import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.Store;
import dev.tandem.model.TechnicianId;

/**
 * Why a nearby candidate was ruled out, for a person to read.
 *
 * @param store the candidate store
 * @param technician the candidate technician, when the rule is about one
 * @param rule the rule that ruled it out
 * @param detail the facts behind it, such as {@code its 2 units are all reserved}
 */
public record Rejection(Store store, Optional<TechnicianId> technician, Rule rule, String detail) {

    public Rejection {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    static Rejection ofStore(Store store, Rule rule, String detail) {
        return new Rejection(store, Optional.empty(), rule, detail);
    }

    /** Such as {@code Dongguan Nancheng (DG): ALL_RESERVED, its 2 units are all reserved}. */
    @Override
    public String toString() {
        return store.name() + " (" + store.id() + ")" + technician.map(id -> " " + id).orElse("") + ": " + rule
                + ", " + detail;
    }
}
