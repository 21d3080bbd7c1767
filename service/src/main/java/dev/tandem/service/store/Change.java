package dev.tandem.service.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one committed action changed: its event type (such as {@code transfer.shipped}) and the rows it touched,
 * by key. Followers re-read the touched rows, so a change carries no values that could go stale.
 *
 * @param type the event type clients see
 * @param record the ledger record touched, if any
 * @param plan the plan job touched, if any
 * @param stock stock rows touched, as store and part
 * @param capacity capacity days touched, as store and date
 * @param technicians technicians whose status or trips changed
 */
public record Change(String type, Optional<String> record, Optional<String> plan, List<StockRef> stock,
        List<CapacityRef> capacity, List<String> technicians) {

    /** A stock row by key. */
    public record StockRef(String store, String part) {
    }

    /** A capacity day by key. */
    public record CapacityRef(String store, LocalDate date) {
    }

    public Change {
        Objects.requireNonNull(type, "type");
        stock = List.copyOf(stock);
        capacity = List.copyOf(capacity);
        technicians = List.copyOf(technicians);
    }

    public static Builder of(String type) {
        return new Builder(type);
    }

    /** Collects the rows an action touches. */
    public static final class Builder {

        private final String type;
        private String record;
        private String plan;
        private final List<StockRef> stock = new ArrayList<>();
        private final List<CapacityRef> capacity = new ArrayList<>();
        private final List<String> technicians = new ArrayList<>();

        private Builder(String type) {
            this.type = type;
        }

        public Builder record(String id) {
            this.record = id;
            return this;
        }

        public Builder plan(String id) {
            this.plan = id;
            return this;
        }

        public Builder stock(String store, String part) {
            StockRef ref = new StockRef(store, part);
            if (!stock.contains(ref)) {
                stock.add(ref);
            }
            return this;
        }

        public Builder capacity(String store, LocalDate date) {
            CapacityRef ref = new CapacityRef(store, date);
            if (!capacity.contains(ref)) {
                capacity.add(ref);
            }
            return this;
        }

        public Builder technician(String id) {
            if (!technicians.contains(id)) {
                technicians.add(id);
            }
            return this;
        }

        public Change build() {
            return new Change(type, Optional.ofNullable(record), Optional.ofNullable(plan), stock, capacity,
                    technicians);
        }
    }
}
