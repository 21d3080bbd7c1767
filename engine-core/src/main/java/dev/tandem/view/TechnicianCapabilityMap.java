package dev.tandem.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.travel.Leg;

/**
 * The technician capability map (技师能力地图): who works where, at which level, with which skills, and when they
 * may go to support another store. A linear scan over the technicians per query, which is what a person browsing
 * the map needs; the matching core answers the same question indexed, in microseconds.
 */
public final class TechnicianCapabilityMap {

    /**
     * One technician on the map.
     *
     * @param technician the technician
     * @param home the technician's home store
     * @param drive the drive from the query's {@code driveFrom} store to the home store, if one was asked for
     * @param supportWindows the support windows that overlap the query's window, or all of them without one
     */
    public record Entry(Technician technician, Store home, Optional<Leg> drive, List<TimeWindow> supportWindows) {

        public Entry {
            Objects.requireNonNull(technician, "technician");
            Objects.requireNonNull(home, "home");
            Objects.requireNonNull(drive, "drive");
            supportWindows = ImmutableList.copyOf(supportWindows);
        }
    }

    private final NetworkSnapshot network;

    public TechnicianCapabilityMap(NetworkSnapshot network) {
        this.network = Objects.requireNonNull(network, "network");
    }

    /**
     * The technicians matching {@code query}: nearest first when a drive origin is given, otherwise by store
     * order; then higher level first, then by id.
     *
     * @throws java.util.NoSuchElementException if the query names a store that is not in the network
     */
    public List<Entry> find(TechnicianQuery query) {
        query.home().ifPresent(network::store);
        Optional<Store> origin = query.driveFrom().map(network::store);
        List<Entry> entries = new ArrayList<>();
        for (Technician technician : network.technicians()) {
            if (!matches(technician, query)) {
                continue;
            }
            Store home = network.store(technician.store());
            List<TimeWindow> windows = query.window()
                    .map(window -> technician.supportWindows().stream().filter(window::overlaps).toList())
                    .orElse(technician.supportWindows());
            entries.add(new Entry(technician, home, origin.map(from -> network.travel().leg(from, home)), windows));
        }
        Comparator<Entry> order = Comparator.comparingDouble(
                (Entry entry) -> entry.drive().map(Leg::driveMinutes).orElse(0.0))
                .thenComparingInt(entry -> network.storeIndex(entry.home().id()))
                .thenComparing(entry -> entry.technician().level(), Comparator.reverseOrder())
                .thenComparing(entry -> entry.technician().id());
        entries.sort(order);
        return entries;
    }

    /** The map as a printable table, as the playbook draws it. */
    public TextTable table(TechnicianQuery query) {
        boolean withDrive = query.driveFrom().isPresent();
        TextTable table = withDrive
                ? TextTable.withHeaders("Store", "Technician", "Level", "Skills", "Status", ">Drive", "Support windows")
                : TextTable.withHeaders("Store", "Technician", "Level", "Skills", "Status", "Support windows");
        for (Entry entry : find(query)) {
            Technician technician = entry.technician();
            String skills = technician.skills().stream().map(Skill::code).collect(Collectors.joining(","));
            String windows = entry.supportWindows().stream().map(Formats::window)
                    .collect(Collectors.joining("; "));
            String store = entry.home().name() + " (" + entry.home().id() + ")";
            if (withDrive) {
                table.addRow(store, technician.name(), technician.level(), skills, technician.status(),
                        Formats.minutes(entry.drive().orElseThrow()), windows.isEmpty() ? "-" : windows);
            } else {
                table.addRow(store, technician.name(), technician.level(), skills, technician.status(),
                        windows.isEmpty() ? "-" : windows);
            }
        }
        return table;
    }

    private static boolean matches(Technician technician, TechnicianQuery query) {
        if (query.skill().isPresent() && !technician.hasSkill(query.skill().get())) {
            return false;
        }
        if (query.minimumLevel().isPresent() && !technician.level().isAtLeast(query.minimumLevel().get())) {
            return false;
        }
        if (query.home().isPresent() && !technician.store().equals(query.home().get())) {
            return false;
        }
        if (query.window().isPresent()) {
            return technician.status() != TechnicianStatus.LEAVE
                    && technician.hasSupportTimeIn(query.window().get());
        }
        return true;
    }
}
