package dev.tandem.benchmarks.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentScore;
import dev.tandem.divert.DiversionPlan;
import dev.tandem.divert.DiversionPlanValidator;
import dev.tandem.divert.DiversionPlanner;
import dev.tandem.divert.DiversionProblem;
import dev.tandem.divert.DiversionSettings;
import dev.tandem.divert.Job;
import dev.tandem.travel.DriveIndex;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.JobGenerator;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.solvers.assign.AssignmentRun;
import dev.tandem.solvers.assign.TimefoldAssigner;
import dev.tandem.solvers.assign.exact.CpSatAssigner;
import dev.tandem.solvers.assign.exact.ExactAssignment;
import dev.tandem.solvers.assign.exact.ExactStatus;
import dev.tandem.solvers.assign.exact.MipAssigner;

/**
 * Customer diversion on a rush day: the greedy and the Timefold planner against the exact optimum of the same
 * problem, proven in the same run by the MIP yardstick (SCIP), with CP-SAT's answer and bound beside it; for
 * Timefold, how much of the optimum's saving over greedy it captures and its time to quality.
 */
final class DiversionSuite implements QualitySuite {

    /** The seeds of the full run; CP-SAT, slow to answer at this size, runs on the first only. */
    private static final long[] SEEDS = {1L, 2L, 3L};
    private static final double RUSH = 1.4;
    private static final Duration EXACT_LIMIT = Duration.ofSeconds(120);
    private static final int[] CHECKPOINTS = {1, 2, 5, 10, 27};

    @Override
    public List<QualityRow> run(Scale scale) {
        boolean quick = scale == Scale.QUICK;
        List<QualityRow> rows = new ArrayList<>();
        for (long seed : quick ? new long[] {SEEDS[0]} : SEEDS) {
            rows.addAll(run(quick ? 50 : 500, quick ? 500 : 5_000, Duration.ofSeconds(quick ? 2 : 27), seed,
                    seed == SEEDS[0]));
        }
        return rows;
    }

    private static List<QualityRow> run(int stores, int jobs, Duration limit, long seed, boolean withCpSat) {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(stores, 10, stores * 5, seed));
        List<Job> day = JobGenerator.generate(network, jobs, RUSH, seed);
        DiversionProblem problem = DiversionProblem.of(network, day, DiversionSettings.DEFAULT,
                DriveIndex.of(network));
        DiversionPlanValidator validator = new DiversionPlanValidator(DiversionSettings.DEFAULT);
        String instance = String.format(Locale.ROOT, "%,d stores × %,d jobs, rush day, seed %d (%,d may move)", stores,
                jobs, seed, problem.itemCount());
        DiversionPlanner greedyPlanner = DiversionPlanner.greedy();
        DiversionPlanner timefoldPlanner = new DiversionPlanner(new TimefoldAssigner());

        Timing.Timed<ExactAssignment> mip = Timing.time(() -> new MipAssigner()
                .solveExactly(problem.assignment(), EXACT_LIMIT));
        Timing.Timed<ExactAssignment> cpSat = withCpSat ? Timing.time(() -> new CpSatAssigner(2)
                .solveExactly(problem.assignment(), EXACT_LIMIT, seed)) : null;
        Timing.Timed<ExactAssignment> exact = cpSat == null ? mip : better(mip, cpSat);
        DiversionPlan optimum = timefoldPlanner.planOf(problem, exact.value().assignment());
        Timing.Timed<DiversionPlan> greedy = Timing.time(() -> greedyPlanner.plan(problem, limit, seed));
        Timing.Timed<AssignmentRun> run = Timing.time(() -> new TimefoldAssigner().run(problem.assignment(),
                Assignment.empty(problem.assignment()), limit, seed));
        DiversionPlan timefold = timefoldPlanner.planOf(problem, run.value().assignment());

        double best = cost(optimum);
        String reference = exact.value().status() == ExactStatus.OPTIMAL ? "the proven optimum"
                : "the exact solvers' best found (" + exact.value().describe() + ")";
        double saving = cost(greedy.value()) - best;
        List<QualityRow> rows = new ArrayList<>();
        rows.add(row(instance, "SCIP MIP (exact)", mip.seconds(), timefoldPlanner.planOf(problem,
                mip.value().assignment()), validator, network, day, mip.value().describe()));
        if (cpSat != null) {
            DiversionPlan cpSatPlan = timefoldPlanner.planOf(problem, cpSat.value().assignment());
            rows.add(row(instance, "CP-SAT (exact, 2 workers)", cpSat.seconds(), cpSatPlan, validator, network, day,
                    cpSat.value().describe() + "; " + above(cost(cpSatPlan), best) + " above " + reference));
        }
        rows.add(row(instance, "greedy", greedy.seconds(), greedy.value(), validator, network, day,
                String.format(Locale.ROOT, "%s above %s", above(cost(greedy.value()), best), reference)));
        StringBuilder quality = new StringBuilder();
        for (int at : CHECKPOINTS) {
            long cost = run.value().scoreAt(Duration.ofSeconds(at)).map(AssignmentScore::cost)
                    .orElse(run.value().assignment().totalCost());
            quality.append(String.format(Locale.ROOT, "%s%d s %s", quality.length() == 0 ? "" : ", ", at,
                    above(cost, exact.value().assignment().totalCost())));
        }
        rows.add(row(instance, timefold.solver(), run.seconds(), timefold, validator, network, day,
                String.format(Locale.ROOT, "search alone: %s above %s, %.0f %% of its saving over greedy%s; "
                        + "over time: %s", above(cost(timefold), best), reference,
                        saving <= 0 ? 100 : 100 * (cost(greedy.value()) - cost(timefold)) / saving,
                        run.value().provenOptimal() ? ", proven optimal by the search itself" : "", quality)));
        return rows;
    }

    /** The one with the lower cost, and of two equal ones the one that proved it. */
    private static Timing.Timed<ExactAssignment> better(Timing.Timed<ExactAssignment> a,
            Timing.Timed<ExactAssignment> b) {
        long costA = a.value().assignment().totalCost();
        long costB = b.value().assignment().totalCost();
        if (costA != costB) {
            return costA < costB ? a : b;
        }
        return b.value().status() == ExactStatus.OPTIMAL && a.value().status() != ExactStatus.OPTIMAL ? b : a;
    }

    private static QualityRow row(String instance, String solver, double seconds, DiversionPlan plan,
            DiversionPlanValidator validator, NetworkSnapshot network, List<Job> day, String versus) {
        return new QualityRow("customer diversion", instance, solver, seconds,
                String.format(Locale.ROOT, "%,d offers, %.1f expected accepted, expected cost %,.0f CNY; %s",
                        plan.offers().size(), plan.expectedAccepted(), plan.expectedCost().toYuan(),
                        validator.validate(network, day, plan).valid() ? "valid" : "INVALID"), versus);
    }

    private static double cost(DiversionPlan plan) {
        return plan.expectedCost().toYuan().doubleValue();
    }

    private static String above(double cost, double optimum) {
        return Timing.percent(optimum == 0 ? 0 : (cost - optimum) / Math.abs(optimum));
    }
}
