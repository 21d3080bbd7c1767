package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;

import dev.tandem.io.plan.PlanJson;
import dev.tandem.travel.DriveIndex;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.Move;
import dev.tandem.model.PlanValidation;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.Run;
import dev.tandem.view.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem rebalance}: network stock rebalancing and dead-stock revival. */
@Command(name = "rebalance", mixinStandardHelpOptions = true,
        description = {"Plans which surplus and dead stock to move to which shortages, moving only what is worth "
                + "more than its freight.",
                "Prints a summary and the most valuable moves; --out writes the plan as JSON with its summary and "
                        + "the validator's verdict."})
final class RebalanceCommand implements Callable<Integer> {

    private final SolverLists solvers;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The snapshot file.")
    private Path file;

    @Option(names = "--horizon-days", defaultValue = "14", description = "Days of demand a store should hold "
            + "(default: ${DEFAULT-VALUE}).")
    private int horizonDays;

    @Option(names = "--freight", paramLabel = "MODE", defaultValue = "PER_RUN", description = "PER_RUN: a run "
            + "between two stores pays once for all it carries (what a network pays); PER_PART: every part pays its "
            + "own trip (default: ${DEFAULT-VALUE}).")
    private FreightMode freightMode;

    @Option(names = "--solver", paramLabel = "NAME", description = "greedy, or the name of an optimizing solver; "
            + "default: the best available.")
    private String solverName;

    @Option(names = "--top", defaultValue = "15", description = "How many moves to print (default: "
            + "${DEFAULT-VALUE}).")
    private int top;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the plan as JSON here.")
    private Path out;

    RebalanceCommand(SolverLists solvers) {
        this.solvers = solvers;
    }

    @Override
    public Integer call() {
        if (horizonDays < 1 || top < 0) {
            throw new ParameterException(spec.commandLine(), "--horizon-days must be 1 or more and --top 0 or more");
        }
        ChosenSolver<RebalanceSolver> solver = ChosenSolver.of(spec, "rebalancing", solvers.rebalancers().get(),
                solverName, RebalanceSolver::name);
        OutputPaths.check("--out", out);
        NetworkSnapshot network = SnapshotFiles.read(file);
        RebalanceSettings settings = RebalanceSettings.DEFAULT.withCoverHorizonDays(horizonDays)
                .withFreightMode(freightMode);
        RebalanceProblem problem = RebalanceProblem.of(network, settings, DriveIndex.of(network));
        long started = System.nanoTime();
        RebalancePlan plan = solver.solve((chosen, name) -> named(chosen.solve(problem), name));
        long millis = (System.nanoTime() - started) / 1_000_000;
        PlanValidation validation = new RebalancePlanValidator(settings).validate(network, plan);
        PrintWriter console = spec.commandLine().getOut();
        console.print(summary(plan, validation, millis).render());
        Listing.print(console, validation.violations());
        if (top > 0 && !plan.moves().isEmpty()) {
            console.println();
            console.println("Most valuable runs:");
            console.print(runs(plan, top).render());
            console.println();
            console.println("Most valuable moves:");
            console.print(moves(plan, top).render());
        }
        if (out != null) {
            SnapshotFiles.writeText(out, PlanJson.toJson(plan, validation));
            console.println("wrote " + out);
        }
        return validation.valid() ? 0 : TandemCli.INVALID_PLAN;
    }

    private static RebalancePlan named(RebalancePlan plan, String name) {
        return plan.solver().equals(name) ? plan
                : new RebalancePlan(name, plan.freightMode(), plan.runs(), plan.shortfalls());
    }

    private static TextTable summary(RebalancePlan plan, PlanValidation validation, long millis) {
        return TextTable.withHeaders("Rebalance plan", ">")
                .addRow("solver", plan.solver() + " (" + millis + " ms)")
                .addRow("freight charged", plan.freightMode() == FreightMode.PER_RUN ? "per run" : "per part")
                .addRow("runs", plan.runs().size())
                .addRow("moves", plan.moves().size())
                .addRow("units moved", plan.unitsMoved())
                .addRow("value moved (CNY)", plan.valueMoved().toYuan())
                .addRow("freight (CNY)", plan.totalFreight().toYuan())
                .addRow("benefit (CNY)", plan.totalBenefit().toYuan())
                .addRow("net (CNY)", plan.net().toYuan())
                .addRow("dead stock revived", plan.deadStockUnitsRevived() + " units, "
                        + plan.deadStockValueRevived().toYuan() + " CNY")
                .addRow("units still short", plan.unitsShort())
                .addRow("incentive points", plan.incentivePoints())
                .addRow("validation", Listing.verdict(validation.valid(), validation.violations().size()));
    }

    private static TextTable runs(RebalancePlan plan, int top) {
        TextTable table = TextTable.withHeaders("From", "To", ">Parts", ">Units", ">Freight", ">Benefit");
        plan.runs().stream().sorted(Comparator.comparing((Run run) -> run.benefit().minus(run.freight())).reversed())
                .limit(top).forEach(run -> table.addRow(run.from(), run.to(), run.moves().size(), run.units(),
                        run.freight().toYuan(), run.benefit().toYuan()));
        return table;
    }

    private static TextTable moves(RebalancePlan plan, int top) {
        TextTable table = TextTable.withHeaders("From", "To", "Part", ">Units", ">Freight", ">Benefit", "Dead");
        plan.moves().stream().sorted(Comparator.comparing(Move::net).reversed()).limit(top)
                .forEach(move -> table.addRow(move.from(), move.to(), move.part(), move.quantity(),
                        move.freight().toYuan(), move.benefit().toYuan(), move.revivesDeadStock() ? "yes" : ""));
        return table;
    }
}
