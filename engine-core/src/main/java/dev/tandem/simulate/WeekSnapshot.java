package dev.tandem.simulate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Store;
import dev.tandem.model.Technician;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

/**
 * The network as a snapshot at the start of a simulated week: today's stock with the days rows last moved,
 * technicians with the days they are free to support others in the coming fortnight, and capacity days.
 */
final class WeekSnapshot {

    /** Days of capacity a weekly snapshot carries: the week and the support horizon after it. */
    static final int HORIZON_DAYS = 14;

    private WeekSnapshot() {
    }

    /** The snapshot of {@code day}; capacity days start unbooked, and the live network books as customers come. */
    static NetworkSnapshot build(NetworkSnapshot base, StockRoom stock, int day, OffsetDateTime asOf,
            SimulationSettings settings, long seed) {
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(asOf).travel(base.travel())
                .addStores(base.stores()).addParts(base.parts()).addStock(stock.levels(day));
        SplittableRandom random = new SplittableRandom(seed * 7_919L + day);
        for (Technician technician : base.technicians()) {
            builder.addTechnician(new Technician(technician.id(), technician.name(), technician.store(),
                    technician.level(), technician.skills(), technician.status(),
                    supportWindows(asOf.toLocalDate(), asOf, settings, random)));
        }
        for (int s = 0; s < base.storeCount(); s++) {
            Store store = base.storeAt(s);
            for (int d = 0; d < HORIZON_DAYS; d++) {
                builder.addCapacity(new CapacityDay(store.id(), asOf.toLocalDate().plusDays(d),
                        store.dailyCapacity(), 0));
            }
        }
        return builder.build();
    }

    /** {@code supportDaysPerWeek} distinct days of the week after the lead time, 08:00 to 18:00 each. */
    private static List<TimeWindow> supportWindows(LocalDate monday, OffsetDateTime asOf, SimulationSettings settings,
            SplittableRandom random) {
        List<Integer> days = new ArrayList<>(List.of(3, 4, 5, 6, 7, 8, 9));
        List<TimeWindow> windows = new ArrayList<>();
        for (int i = 0; i < settings.supportDaysPerWeek(); i++) {
            int day = days.remove(random.nextInt(days.size()));
            LocalDate date = monday.plusDays(day);
            windows.add(TimeWindow.of(OffsetDateTime.of(date, LocalTime.of(8, 0), asOf.getOffset()),
                    OffsetDateTime.of(date, LocalTime.of(18, 0), asOf.getOffset())));
        }
        windows.sort((a, b) -> a.from().compareTo(b.from()));
        return windows;
    }
}
