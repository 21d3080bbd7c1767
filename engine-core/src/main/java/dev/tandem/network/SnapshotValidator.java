package dev.tandem.network;

import static dev.tandem.network.internal.Bounds.MAX_CAPACITY_DAYS;
import static dev.tandem.network.internal.Bounds.MAX_UNITS;
import static dev.tandem.network.internal.Bounds.MAX_UNIT_COST;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TimeWindow;
import dev.tandem.travel.TravelMatrix;
import dev.tandem.travel.TravelModel;

/**
 * Checks a whole snapshot aggregate in one pass and lists every problem with its place. Paths count elements
 * from 0 in the order they were given.
 */
final class SnapshotValidator {

    private final List<InputError> problems = new ArrayList<>();
    private final Set<StoreId> storesKnownElsewhere;
    private final boolean everyStoreKnown;
    private final Set<PartNumber> partsKnownElsewhere;
    private final boolean everyPartKnown;

    SnapshotValidator(Set<StoreId> storesKnownElsewhere, boolean everyStoreKnown,
            Set<PartNumber> partsKnownElsewhere, boolean everyPartKnown) {
        this.storesKnownElsewhere = storesKnownElsewhere;
        this.everyStoreKnown = everyStoreKnown;
        this.partsKnownElsewhere = partsKnownElsewhere;
        this.everyPartKnown = everyPartKnown;
    }

    List<InputError> validate(OffsetDateTime asOf, List<Store> stores, List<Technician> technicians, List<Part> parts,
            List<StockLevel> stock, List<CapacityDay> capacity, TravelModel travel) {
        if (asOf == null) {
            problems.add(new InputError("asOf", "is required"));
        }
        Map<StoreId, Integer> storeIds = checkStores(stores);
        checkTechnicians(technicians, storeIds);
        Map<PartNumber, Integer> partNumbers = checkParts(parts);
        checkStock(stock, storeIds, partNumbers, asOf == null ? null : asOf.toLocalDate());
        checkCapacity(capacity, storeIds, asOf == null ? null : asOf.toLocalDate());
        checkTravel(travel, storeIds);
        return List.copyOf(problems);
    }

    private Map<StoreId, Integer> checkStores(List<Store> stores) {
        if (stores.isEmpty() && storesKnownElsewhere.isEmpty() && !everyStoreKnown) {
            problems.add(new InputError("stores", "the network has no stores; add at least one store"));
        }
        Map<StoreId, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < stores.size(); i++) {
            Store store = stores.get(i);
            String path = "stores[" + i + "]";
            checkUnique(firstIndex, store.id(), i, path + ".id", "store id", "stores");
            checkNotBlank(store.name(), path + ".name");
            double lat = store.location().lat();
            double lon = store.location().lon();
            if (!(lat >= -90.0 && lat <= 90.0)) {
                problems.add(new InputError(path + ".lat", lat + " is not a latitude in [-90, 90]"));
            }
            if (!(lon >= -180.0 && lon <= 180.0)) {
                problems.add(new InputError(path + ".lon", lon + " is not a longitude in [-180, 180]"));
            }
            if (store.dailyCapacity() <= 0) {
                problems.add(new InputError(path + ".dailyCapacity", store.dailyCapacity() + " must be positive"));
            }
            store.bayHours().ifPresent(hours -> {
                if (!(hours > 0) || Double.isInfinite(hours)) {
                    problems.add(new InputError(path + ".bayHours", hours + " must be a positive number"));
                }
            });
        }
        return firstIndex;
    }

    private void checkTechnicians(List<Technician> technicians, Map<StoreId, Integer> storeIds) {
        Map<Object, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < technicians.size(); i++) {
            Technician technician = technicians.get(i);
            String path = "technicians[" + i + "]";
            checkUnique(firstIndex, technician.id(), i, path + ".id", "technician id", "technicians");
            checkNotBlank(technician.name(), path + ".name");
            checkStoreKnown(technician.store(), storeIds, path + ".store");
            if (technician.skills().isEmpty()) {
                problems.add(new InputError(path + ".skills", "is empty; a technician needs at least one skill"));
            }
            List<TimeWindow> windows = technician.supportWindows();
            for (int w = 0; w < windows.size(); w++) {
                TimeWindow window = windows.get(w);
                if (!window.isValid()) {
                    problems.add(new InputError(path + ".supportWindows[" + w + "]",
                            "ends (" + window.to() + ") before or when it starts (" + window.from() + ")"));
                }
            }
        }
    }

    private Map<PartNumber, Integer> checkParts(List<Part> parts) {
        Map<PartNumber, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String path = "parts[" + i + "]";
            checkUnique(firstIndex, part.number(), i, path + ".partNumber", "part number", "parts");
            checkNotBlank(part.name(), path + ".name");
            if (part.unitCost().isNegative()) {
                problems.add(new InputError(path + ".unitCost", part.unitCost().toYuan() + " is negative"));
            } else if (part.unitCost().compareTo(MAX_UNIT_COST) > 0) {
                problems.add(new InputError(path + ".unitCost", part.unitCost().toYuan() + " is more than "
                        + MAX_UNIT_COST.toYuan().toBigInteger() + " CNY"));
            }
        }
        return firstIndex;
    }

    private void checkStock(List<StockLevel> stock, Map<StoreId, Integer> storeIds,
            Map<PartNumber, Integer> partNumbers, LocalDate today) {
        Map<Object, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < stock.size(); i++) {
            StockLevel level = stock.get(i);
            String path = "stock[" + i + "]";
            boolean storeKnown = checkStoreKnown(level.store(), storeIds, path + ".store");
            boolean partKnown = checkPartKnown(level.part(), partNumbers, path + ".part");
            if (storeKnown && partKnown) {
                Integer first = firstIndex.putIfAbsent(List.of(level.store(), level.part()), i);
                if (first != null) {
                    problems.add(new InputError(path, "duplicate stock of part \"" + level.part() + "\" at store \""
                            + level.store() + "\" (first at stock[" + first + "])"));
                }
            }
            checkUnits(level.onHand(), path + ".onHand");
            checkUnits(level.reserved(), path + ".reserved");
            checkUnits(level.safetyStock(), path + ".safetyStock");
            checkUnits(level.backorders(), path + ".backorders");
            if (level.reserved() > level.onHand() && level.onHand() >= 0) {
                problems.add(new InputError(path + ".reserved",
                        level.reserved() + " is more than onHand (" + level.onHand() + ")"));
            }
            double demand = level.avgDailyDemand();
            if (!(demand >= 0) || Double.isInfinite(demand)) {
                problems.add(new InputError(path + ".avgDailyDemand", demand + " must be a finite number, 0 or more"));
            }
            if (today != null && level.lastMovement().isPresent() && level.lastMovement().get().isAfter(today)) {
                problems.add(new InputError(path + ".lastMovement",
                        level.lastMovement().get() + " is after the snapshot date (" + today + ")"));
            }
        }
    }

    private void checkCapacity(List<CapacityDay> capacity, Map<StoreId, Integer> storeIds, LocalDate today) {
        Map<Object, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < capacity.size(); i++) {
            CapacityDay day = capacity.get(i);
            String path = "capacity[" + i + "]";
            if (checkStoreKnown(day.store(), storeIds, path + ".store")) {
                Integer first = firstIndex.putIfAbsent(List.of(day.store(), day.date()), i);
                if (first != null) {
                    problems.add(new InputError(path, "duplicate capacity of store \"" + day.store() + "\" on "
                            + day.date() + " (first at capacity[" + first + "])"));
                }
            }
            if (day.capacity() <= 0) {
                problems.add(new InputError(path + ".capacity", day.capacity() + " must be positive"));
            }
            if (today != null && Math.abs(day.date().toEpochDay() - today.toEpochDay()) > MAX_CAPACITY_DAYS) {
                problems.add(new InputError(path + ".date", day.date() + " is more than " + MAX_CAPACITY_DAYS
                        + " days from the snapshot date (" + today + ")"));
            }
            checkUnits(day.booked(), path + ".booked");
            if (day.capacity() > MAX_UNITS) {
                problems.add(new InputError(path + ".capacity", day.capacity() + " is more than " + MAX_UNITS));
            }
        }
    }

    private void checkTravel(TravelModel travel, Map<StoreId, Integer> storeIds) {
        if (travel == null) {
            problems.add(new InputError("travel", "is required"));
            return;
        }
        if (travel instanceof TravelMatrix matrix) {
            int i = 0;
            for (TravelMatrix.Route route : matrix.legs().keySet()) {
                checkStoreKnown(route.from(), storeIds, "travel.legs[" + i + "].from");
                checkStoreKnown(route.to(), storeIds, "travel.legs[" + i + "].to");
                i++;
            }
        }
    }

    private <K> void checkUnique(Map<? super K, Integer> firstIndex, K id, int index, String path, String what,
            String section) {
        Integer first = firstIndex.putIfAbsent(id, index);
        if (first != null) {
            problems.add(new InputError(path,
                    "duplicate " + what + " \"" + id + "\" (first at " + section + "[" + first + "])"));
        }
    }

    private boolean checkStoreKnown(StoreId store, Map<StoreId, Integer> storeIds, String path) {
        if (everyStoreKnown || storeIds.containsKey(store) || storesKnownElsewhere.contains(store)) {
            return true;
        }
        problems.add(new InputError(path, "unknown store \"" + store + "\""));
        return false;
    }

    private boolean checkPartKnown(PartNumber part, Map<PartNumber, Integer> partNumbers, String path) {
        if (everyPartKnown || partNumbers.containsKey(part) || partsKnownElsewhere.contains(part)) {
            return true;
        }
        problems.add(new InputError(path, "unknown part \"" + part + "\""));
        return false;
    }

    /** Not negative and at most {@link Bounds#MAX_UNITS}. */
    private void checkUnits(int value, String path) {
        checkNotNegative(value, path);
        if (value > MAX_UNITS) {
            problems.add(new InputError(path, value + " is more than " + MAX_UNITS));
        }
    }

    private void checkNotNegative(int value, String path) {
        if (value < 0) {
            problems.add(new InputError(path, value + " is negative"));
        }
    }

    private void checkNotBlank(String value, String path) {
        if (value.isBlank()) {
            problems.add(new InputError(path, "is blank"));
        }
    }
}
