package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.tandem.assign.AssignmentSolver;
import dev.tandem.divert.DiversionPlan;
import dev.tandem.divert.DiversionPlanValidator;
import dev.tandem.divert.DiversionPlanner;
import dev.tandem.divert.DiversionProblem;
import dev.tandem.divert.DiversionSettings;
import dev.tandem.divert.Job;
import dev.tandem.divert.Offer;
import dev.tandem.divert.Stay;
import dev.tandem.io.request.JobJson;
import dev.tandem.io.plan.PlanJson;
import dev.tandem.travel.DriveIndex;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.model.PlanValidation;
import dev.tandem.view.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tandem divert}: offers to customers of overloaded stores. */
@Command(name = "divert", mixinStandardHelpOptions = true,
        description = {"Offers customers of stores expecting a wait beyond 2 h a nearby store with room, a coupon and "
                + "a ride voucher (SOP 3), and explains each offer and each customer left waiting.",
                "--out writes the plan as JSON with a summary and the validator's verdict."})
final class DivertCommand implements Callable<Integer> {

    private final SolverLists solvers;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SolveOptions solve;

    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot file.")
    private Path file;

    @Parameters(index = "1", paramLabel = "JOBS", description = "The day's jobs (JSON, see the README).")
    private Path jobsFile;

    @Option(names = "--top", defaultValue = "20", description = "Offers to print (default: ${DEFAULT-VALUE}).")
    private int top;

    DivertCommand(SolverLists solvers) {
        this.solvers = solvers;
    }

    @Override
    public Integer call() {
        Duration timeLimit = solve.timeLimit();
        ChosenSolver<AssignmentSolver> solver = ChosenSolver.of(spec, "assignment", solvers.assigners().get(),
                solve.solverName(), AssignmentSolver::name);
        OutputPaths.check("--out", solve.out());
        NetworkSnapshot network = SnapshotFiles.read(file);
        List<Job> jobs = SnapshotFiles.readInput(jobsFile, input -> JobJson.read(input, network));
        DiversionSettings settings = DiversionSettings.DEFAULT;
        DiversionProblem problem = DiversionProblem.of(network, jobs, settings, DriveIndex.of(network));
        DiversionPlan plan = solver.solve((chosen, name) -> new DiversionPlanner(chosen).plan(problem, timeLimit,
                solve.seed()));
        PlanValidation validation = new DiversionPlanValidator(settings).validate(network, jobs, plan);
        PrintWriter console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "%s: %d offers to customers of overloaded stores, %d wait; %.1f expected to "
                + "accept, HQ expects to pay %s (%s if all accept), %.1f h of waiting expected saved; plan %s%n",
                plan.solver(), plan.offers().size(), plan.stays().size(), plan.expectedAccepted(),
                plan.expectedCompensation(), plan.compensationIfAllAccept(), plan.expectedWaitSavedHours(),
                Listing.verdict(validation.valid(), validation.violations().size()));
        Listing.print(console, validation.violations());
        if (!plan.offers().isEmpty()) {
            TextTable table = TextTable.withHeaders("Job", "From", "To", ">Accept", ">Coupon+ride", "Why",
                    "If refused");
            for (Offer offer : plan.offers().subList(0, Math.min(top, plan.offers().size()))) {
                table.addRow(offer.job(), offer.from(), offer.to(), Math.round(offer.acceptance() * 100) + "%",
                        offer.compensation().toYuan(), offer.reason(),
                        offer.fallback().map(fallback -> fallback.to().value()).orElse(""));
            }
            console.print(table.render());
            if (plan.offers().size() > top) {
                console.printf("... and %d more offers (--top, --out)%n", plan.offers().size() - top);
            }
        }
        for (Stay stay : plan.stays().subList(0, Math.min(top, plan.stays().size()))) {
            console.printf(Locale.ROOT, "waits %s at %s (%.1f h): %s%n", stay.job(), stay.store(),
                    stay.expectedWaitHours(), stay.reason());
        }
        if (solve.out() != null) {
            SnapshotFiles.writeText(solve.out(), PlanJson.toJson(plan, validation));
            console.println("wrote " + solve.out());
        }
        return validation.valid() ? 0 : TandemCli.INVALID_PLAN;
    }
}
