package dev.tandem.match;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

/**
 * A small network on a line of longitude: stores east of the requester {@code R} at growing distances, so drive
 * order is obvious: A (about 10 km) &lt; B (20) &lt; C (40) &lt; D (120) &lt; E (250).
 */
final class MatchFixtures {

    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");
    static final LocalDate TODAY = AS_OF.toLocalDate();
    static final StoreId R = StoreId.of("R");
    static final StoreId A = StoreId.of("A");
    static final StoreId B = StoreId.of("B");
    static final StoreId C = StoreId.of("C");
    static final StoreId D = StoreId.of("D");
    static final StoreId E = StoreId.of("E");
    static final PartNumber LAMP = PartNumber.of("HL-FL");

    private MatchFixtures() {
    }

    /** Degrees of longitude at latitude 23 for {@code km} of great-circle distance. */
    static double lonFor(double km) {
        return km / (111.32 * Math.cos(Math.toRadians(23.0)));
    }

    static NetworkSnapshot.Builder line() {
        return NetworkSnapshot.builder().asOf(AS_OF)
                .addStore(store("R", 0))
                .addStore(store("A", 10))
                .addStore(store("B", 20))
                .addStore(store("C", 40))
                .addStore(store("D", 120))
                .addStore(store("E", 250))
                .addPart(Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)));
    }

    static Store store(String id, double kmEast) {
        return Store.of(id, "Store " + id, "PRD", 23.0, 113.0 + lonFor(kmEast), 20);
    }

    static StockLevel stock(StoreId store, int onHand, int reserved, int safety, double demand) {
        return new StockLevel(store, LAMP, onHand, reserved, safety, demand, Optional.of(TODAY.minusDays(3)));
    }

    static CapacityDay day(StoreId store, int capacity, int booked) {
        return new CapacityDay(store, TODAY, capacity, booked);
    }

    static Technician technician(String id, StoreId store, Level level, Skill skill, TechnicianStatus status,
            TimeWindow... windows) {
        return Technician.of(id, "Tech " + id, store.value(), level, Set.of(skill), status, List.of(windows));
    }

    static TimeWindow window(String from, String to) {
        return TimeWindow.of(OffsetDateTime.parse(from), OffsetDateTime.parse(to));
    }
}
