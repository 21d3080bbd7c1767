package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.tandem.model.Level;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.view.CapacityMonitor;
import dev.tandem.view.SharedStockTable;
import dev.tandem.view.TechnicianCapabilityMap;
import dev.tandem.view.TechnicianQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem show technicians|stock|capacity FILE}: the three views of the playbook's first stage. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints one of the three views of a snapshot.",
        subcommands = {ShowCommand.Technicians.class, ShowCommand.Stock.class, ShowCommand.Capacity.class})
final class ShowCommand {

    @Command(name = "technicians", mixinStandardHelpOptions = true,
            description = "The technician capability map: who, where, which level and skills, free when.")
    static final class Technicians implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The snapshot file.")
        private Path file;

        @Option(names = "--store", paramLabel = "STORE", description = "Only technicians of this store.")
        private String store;

        @Option(names = "--skill", paramLabel = "SKILL", description = "Only technicians with this skill, "
                + "such as HV_SYSTEM.")
        private String skill;

        @Option(names = "--level", paramLabel = "LEVEL", description = "Only this level or higher: T1, T2, T3.")
        private Level level;

        @Option(names = "--from", paramLabel = "STORE", description = "Show drive times from this store, "
                + "nearest first.")
        private String from;

        @Option(names = "--date", paramLabel = "DATE", description = "Only technicians with support time on this "
                + "day (yyyy-mm-dd).")
        private LocalDate date;

        @Override
        public Integer call() {
            NetworkSnapshot network = SnapshotFiles.read(file);
            TechnicianQuery query = TechnicianQuery.ALL;
            if (store != null) {
                query = query.withHome(Lookups.store(network, store));
            }
            if (skill != null) {
                query = query.withSkill(Lookups.skill(network, skill));
            }
            if (level != null) {
                query = query.withMinimumLevel(level);
            }
            if (from != null) {
                query = query.withDriveFrom(Lookups.store(network, from));
            }
            if (date != null) {
                query = query.availableIn(TimeWindow.of(date.atStartOfDay().atOffset(network.asOf().getOffset()),
                        date.plusDays(1).atTime(LocalTime.MIDNIGHT).atOffset(network.asOf().getOffset())));
            }
            var table = new TechnicianCapabilityMap(network).table(query);
            PrintWriter out = spec.commandLine().getOut();
            out.print(table.render());
            out.printf("%d of %d technicians%n", table.rowCount(), network.technicianCount());
            return 0;
        }
    }

    @Command(name = "stock", mixinStandardHelpOptions = true,
            description = "The shared stock table: who holds how much of each part, and unusual piles (*).")
    static final class Stock implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The snapshot file.")
        private Path file;

        @Option(names = "--part", paramLabel = "PART", description = "Show this part (repeatable). Default: the "
                + "parts with the most network demand.")
        private List<String> parts = new ArrayList<>();

        @Option(names = "--store", paramLabel = "STORE", description = "Show this store's column (repeatable). "
                + "Default: all stores, up to --max-stores.")
        private List<String> stores = new ArrayList<>();

        @Option(names = "--limit", defaultValue = "20", description = "How many parts by default "
                + "(default: ${DEFAULT-VALUE}).")
        private int limit;

        @Option(names = "--max-stores", defaultValue = "15", description = "How many store columns by default "
                + "(default: ${DEFAULT-VALUE}).")
        private int maxStores;

        @Option(names = "--piles", defaultValue = "10", description = "How many of the largest piles to list "
                + "(default: ${DEFAULT-VALUE}; 0 for none).")
        private int piles;

        @Override
        public Integer call() {
            if (limit < 1 || maxStores < 1 || piles < 0) {
                throw new ParameterException(spec.commandLine(), "--limit and --max-stores must be 1 or more, "
                        + "--piles 0 or more");
            }
            NetworkSnapshot network = SnapshotFiles.read(file);
            List<PartNumber> shownParts = parts.isEmpty() ? busiestParts(network, limit)
                    : parts.stream().map(part -> Lookups.part(network, part)).toList();
            List<StoreId> shownStores = stores.isEmpty()
                    ? network.stores().stream().limit(maxStores).map(Store::id).toList()
                    : stores.stream().map(store -> Lookups.store(network, store)).toList();
            SharedStockTable table = new SharedStockTable(network);
            PrintWriter out = spec.commandLine().getOut();
            out.print(table.table(shownParts, shownStores).render());
            if (piles > 0) {
                out.println();
                out.println("Largest piles (on hand at least 3x the network mean):");
                out.print(table.pileTable(piles).render());
            }
            return 0;
        }

        private static List<PartNumber> busiestParts(NetworkSnapshot network, int limit) {
            double[] demand = new double[network.partCount()];
            for (StockLevel level : network.stock()) {
                demand[network.partIndex(level.part())] += level.avgDailyDemand();
            }
            return network.parts().stream()
                    .sorted(Comparator.comparingDouble((Part part) -> -demand[network.partIndex(part.number())])
                            .thenComparing(Part::number))
                    .limit(limit).map(Part::number).toList();
        }
    }

    @Command(name = "capacity", mixinStandardHelpOptions = true,
            description = "The capacity monitor: utilization and load state per store and day.")
    static final class Capacity implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The snapshot file.")
        private Path file;

        @Option(names = "--date", paramLabel = "DATE", description = "The day to show (default: the snapshot's "
                + "date).")
        private LocalDate date;

        @Option(names = "--store", paramLabel = "STORE", description = "Show every day of this store instead.")
        private String store;

        @Option(names = "--overloaded-at", defaultValue = "1.0", description = "Utilization at or above which a "
                + "store is overloaded (default: ${DEFAULT-VALUE}).")
        private double overloadedAt;

        @Option(names = "--idle-below", defaultValue = "0.7", description = "Utilization below which a store is "
                + "idle (default: ${DEFAULT-VALUE}).")
        private double idleBelow;

        @Override
        public Integer call() {
            LoadThresholds thresholds;
            try {
                thresholds = new LoadThresholds(overloadedAt, idleBelow);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            NetworkSnapshot network = SnapshotFiles.read(file);
            CapacityMonitor monitor = new CapacityMonitor(network, thresholds);
            PrintWriter out = spec.commandLine().getOut();
            if (store != null) {
                StoreId storeId = Lookups.store(network, store);
                var table = dev.tandem.view.TextTable.withHeaders("Date", ">Capacity", ">Booked", ">Utilization",
                        "State");
                monitor.of(storeId).forEach(load -> table.addRow(load.day().date(), load.day().capacity(),
                        load.day().booked(), Math.round(load.utilization() * 100) + "%", load.state()));
                out.print(table.render());
                return 0;
            }
            LocalDate day = Optional.ofNullable(date).orElse(network.today());
            if (!network.capacityDates().contains(day)) {
                throw new UserInputException("the snapshot has no capacity on " + day + "; it has "
                        + (network.capacityDates().isEmpty() ? "none"
                                : network.capacityDates().first() + " to " + network.capacityDates().last()));
            }
            out.print(monitor.dayTable(day).render());
            return 0;
        }
    }
}
