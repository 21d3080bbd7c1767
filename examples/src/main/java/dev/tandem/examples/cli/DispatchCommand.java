package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import dev.tandem.io.plan.PlanJson;
import dev.tandem.io.request.RequestJson;
import dev.tandem.travel.DriveIndex;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.dispatch.DispatchPlanValidator;
import dev.tandem.model.PlanValidation;
import dev.tandem.dispatch.Trip;
import dev.tandem.dispatch.UnassignedRequest;
import dev.tandem.dispatch.DispatchPlans;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.view.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem dispatch}: technician support trips for a list of requests. */
@Command(name = "dispatch", mixinStandardHelpOptions = true,
        description = {"Assigns support requests to technicians of other stores (SOP 2) and explains each trip and "
                + "each request left unassigned.",
                "--out writes the plan as JSON with a summary and the validator's verdict."})
final class DispatchCommand implements Callable<Integer> {

    private final SolverLists solvers;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SolveOptions solve;

    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot file.")
    private Path file;

    @Parameters(index = "1", paramLabel = "REQUESTS", description = "The support requests (JSON, see the README).")
    private Path requestsFile;

    DispatchCommand(SolverLists solvers) {
        this.solvers = solvers;
    }

    @Override
    public Integer call() {
        Duration timeLimit = solve.timeLimit();
        ChosenSolver<DispatchSolver> solver = ChosenSolver.of(spec, "dispatch", solvers.dispatchers().get(),
                solve.solverName(), DispatchSolver::name);
        OutputPaths.check("--out", solve.out());
        NetworkSnapshot network = SnapshotFiles.read(file);
        List<SupportRequest> requests =
                SnapshotFiles.readInput(requestsFile, input -> RequestJson.read(input, network));
        DispatchSettings settings = DispatchSettings.DEFAULT;
        DispatchProblem problem = DispatchProblem.of(network, requests, settings, DriveIndex.of(network));
        DispatchPlan plan = solver.solve((chosen, name) -> DispatchPlans.of(name,
                chosen.solve(problem, timeLimit, solve.seed())));
        PlanValidation validation = new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(),
                settings.thresholds()).validate(network, requests, plan);
        PrintWriter console = spec.commandLine().getOut();
        console.printf("%s: %d of %d requests assigned, %d hard violations, unassigned priority %d, HQ pays %s; "
                + "plan %s%n", plan.solver(), plan.trips().size(), requests.size(), plan.hardViolations(),
                plan.unassignedPriority(), plan.tripCost(),
                Listing.verdict(validation.valid(), validation.violations().size()));
        Listing.print(console, validation.violations());
        if (!plan.trips().isEmpty()) {
            TextTable table = TextTable.withHeaders("Request", "Store", "Technician", "Start", "Band", ">Cost", "Why");
            for (Trip trip : plan.trips()) {
                table.addRow(trip.request(), trip.store(), trip.technician(), trip.start().toLocalDateTime(),
                        trip.band(), trip.cost().toYuan(), trip.reason());
            }
            console.print(table.render());
        }
        for (UnassignedRequest unassigned : plan.unassigned()) {
            console.printf("unassigned %s (priority %d):%n", unassigned.request(), unassigned.priority());
            unassigned.blockedBy().forEach(line -> console.println("  " + line));
        }
        if (solve.out() != null) {
            SnapshotFiles.writeText(solve.out(), PlanJson.toJson(plan, validation));
            console.println("wrote " + solve.out());
        }
        return validation.valid() ? 0 : TandemCli.INVALID_PLAN;
    }
}
