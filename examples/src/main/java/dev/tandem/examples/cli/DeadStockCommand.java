package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.tandem.deadstock.DeadStockItem;
import dev.tandem.deadstock.DeadStockReport;
import dev.tandem.deadstock.RevivalPlan;
import dev.tandem.deadstock.DeadStockRule;
import dev.tandem.io.report.AnalyticsJson;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.Move;
import dev.tandem.model.PlanValidation;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.view.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem deadstock}: dead stock by store and part, its value, and where it can go. */
@Command(name = "deadstock", mixinStandardHelpOptions = true,
        description = {"Lists dead stock (no movement for --days, or cover beyond --cover-days) by store and part "
                + "with its value, and where rebalancing can send it: the stores short of the part near enough to "
                + "pay the freight."})
final class DeadStockCommand implements Callable<Integer> {

    private final SolverLists solvers;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The snapshot file.")
    private Path file;

    @Option(names = "--days", defaultValue = "90", description = "Days without movement that make stock dead "
            + "(default: ${DEFAULT-VALUE}).")
    private int idleDays;

    @Option(names = "--cover-days", defaultValue = "180", description = "Days of demand beyond which stock is dead "
            + "(default: ${DEFAULT-VALUE}).")
    private int coverDays;

    @Option(names = "--solver", paramLabel = "NAME", description = "greedy, or the name of an optimizing solver; "
            + "default: the best available.")
    private String solverName;

    @Option(names = "--top", defaultValue = "30", description = "How many items to print: the most valuable "
            + "of the whole network (default: ${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--json", description = "Print every item as JSON.")
    private boolean json;

    DeadStockCommand(SolverLists solvers) {
        this.solvers = solvers;
    }

    @Override
    public Integer call() {
        DeadStockRule rule;
        try {
            rule = new DeadStockRule(idleDays, coverDays);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must be 0 or more");
        }
        ChosenSolver<RebalanceSolver> solver = ChosenSolver.of(spec, "rebalancing", solvers.rebalancers().get(),
                solverName, RebalanceSolver::name);
        NetworkSnapshot network = SnapshotFiles.read(file);
        DeadStockReport report = DeadStockReport.of(network, rule);
        RevivalPlan revival = solver.solve((chosen, name) -> RevivalPlan.plan(network, report, chosen,
                RebalanceSettings.DEFAULT));
        RebalanceSettings used = revival.settings();
        PlanValidation validation = new RebalancePlanValidator(used).validate(network, revival.plan());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(AnalyticsJson.toJson(revival, validation));
            return validation.valid() ? 0 : TandemCli.INVALID_PLAN;
        }
        out.printf("Dead stock on %s: no movement for %d days or more, or cover beyond %d days%n", report.today(),
                rule.idleDays(), rule.coverDays());
        TextTable stores = TextTable.withHeaders("Store", ">Items", ">Units", ">Value (CNY)");
        report.stores().forEach(store -> stores.addRow(store.store().id() + " " + store.store().name(),
                store.items().size(), store.units(), store.value().toYuan()));
        stores.addRow("total", report.items().size(), report.totalUnits(), report.totalValue().toYuan());
        out.print(stores.render());
        if (top > 0 && !report.items().isEmpty()) {
            out.println();
            out.println("The most valuable items and where they can go:");
            out.print(items(report, revival, top).render());
        }
        out.println();
        out.printf("Rebalancing (%s): %d moves send %s CNY of dead stock to stores short of it; plan %s%n",
                revival.plan().solver(), revival.plan().moves().size(), revival.valuePlaced().toYuan(),
                Listing.verdict(validation.valid(), validation.violations().size()));
        Listing.print(out, validation.violations());
        return validation.valid() ? 0 : TandemCli.INVALID_PLAN;
    }

    private static TextTable items(DeadStockReport report, RevivalPlan revival, int top) {
        TextTable table = TextTable.withHeaders("Store", "Part", ">Units", ">Value (CNY)", "Why", "Can go to");
        mostValuable(report.items(), top).forEach(item -> table.addRow(item.store(),
                item.part().number() + " " + item.part().name(), item.units(), item.value().toYuan(), item.reason(),
                destinations(revival.destinationsOf(item), revival, item)));
        if (report.items().size() > top) {
            table.addRow("...", (report.items().size() - top) + " more (--top, --json)", "", "", "", "");
        }
        return table;
    }

    /** The {@code top} items of the whole network by value, then by store and part for a stable order. */
    static List<DeadStockItem> mostValuable(List<DeadStockItem> items, int top) {
        return items.stream().sorted(Comparator.comparing(DeadStockItem::value).reversed()
                .thenComparing(DeadStockItem::store).thenComparing(item -> item.part().number()))
                .limit(top).toList();
    }

    private static String destinations(List<Move> moves, RevivalPlan revival, DeadStockItem item) {
        if (moves.isEmpty()) {
            return "- (no store short of it pays the freight)";
        }
        String to = moves.stream().map(move -> move.to() + " " + move.quantity()).collect(Collectors.joining(", "));
        int placed = revival.unitsPlaced(item);
        return placed < item.units() ? to + " (" + (item.units() - placed) + " left)" : to;
    }
}
