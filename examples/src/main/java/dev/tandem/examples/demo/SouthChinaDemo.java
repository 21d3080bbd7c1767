package dev.tandem.examples.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.tandem.model.Level;
import dev.tandem.model.LoadState;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.view.CapacityMonitor;
import dev.tandem.view.SharedStockTable;
import dev.tandem.view.TechnicianCapabilityMap;
import dev.tandem.view.TechnicianQuery;

/**
 * The playbook's South China network on Friday 2026-11-27, seen whole: stage one, the three views that replace
 * the three spreadsheets.
 */
public final class SouthChinaDemo {

    private static final StoreId SHENZHEN = StoreId.of("SZ");
    private static final List<StoreId> PLAYBOOK_STORES =
            List.of(SHENZHEN, StoreId.of("GZ"), StoreId.of("DG"), StoreId.of("FS"));

    private final NetworkSnapshot network;
    private final PrintWriter out;

    public SouthChinaDemo(NetworkSnapshot network, PrintWriter out) {
        this.network = Objects.requireNonNull(network, "network");
        this.out = Objects.requireNonNull(out, "out");
    }

    public static SouthChinaDemo withBundledNetwork(PrintWriter out) {
        return new SouthChinaDemo(SampleNetworks.southChina(), out);
    }

    public void run() {
        out.printf("Tandem demo: the South China network, %s%n", network.asOf());
        out.printf("%d stores, %d technicians, %d parts, %d stock rows, %d capacity days%n%n", network.storeCount(),
                network.technicianCount(), network.partCount(), network.stock().size(), network.capacity().size());
        capacity();
        technicians();
        stock();
    }

    private void capacity() {
        CapacityMonitor monitor = new CapacityMonitor(network);
        LocalDate today = network.today();
        section("1. Capacity monitor, " + today + " (overloaded at 100 %, idle below 70 %)");
        out.print(monitor.dayTable(today).render());
        List<CapacityMonitor.Load> overloaded = monitor.inState(LoadState.OVERLOADED, today);
        List<CapacityMonitor.Load> idle = monitor.inState(LoadState.IDLE, today);
        out.printf("%nOverloaded today: %s. Idle today: %s.%n", names(overloaded), names(idle));
        out.println("The week ahead (R overloaded, Y healthy, G idle):");
        out.print(monitor.weekTable(List.copyOf(network.capacityDates())).render());
        out.println();
    }

    private void technicians() {
        TechnicianCapabilityMap map = new TechnicianCapabilityMap(network);
        section("2. Technician capability map: Shenzhen needs a T3 for a battery fault (HV_SYSTEM)");
        out.print(map.table(TechnicianQuery.ALL.withHome(SHENZHEN)).render());
        out.println();
        out.println("Every HV_SYSTEM technician at T3 in the network, nearest to Shenzhen first:");
        TechnicianQuery experts = TechnicianQuery.ALL.withSkill(Skill.HV_SYSTEM).withMinimumLevel(Level.T3)
                .withDriveFrom(SHENZHEN);
        out.print(map.table(experts).render());
        out.println();
    }

    private void stock() {
        SharedStockTable table = new SharedStockTable(network);
        section("3. Shared stock table: the playbook's parts in its four stores");
        out.print(table.table(List.of(PartNumber.of("HL-FL"), PartNumber.of("MIR-R"), PartNumber.of("WIPER")),
                PLAYBOOK_STORES).render());
        out.println();
        out.println("Stores holding unusually much (at least 3x the network mean): candidates for dead-stock "
                + "revival");
        out.print(table.pileTable(10).render());
        out.println();
    }

    private void section(String title) {
        out.println(title);
        out.println("=".repeat(title.length()));
    }

    private static String names(List<CapacityMonitor.Load> loads) {
        if (loads.isEmpty()) {
            return "none";
        }
        return String.join(", ", loads.stream().map(load -> load.store().name() + " "
                + Math.round(load.utilization() * 100) + "%").toList());
    }
}
