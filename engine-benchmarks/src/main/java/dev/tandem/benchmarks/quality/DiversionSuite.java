package dev.tandem.benchmarks.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import dev.tandem.solvers.assign.TimefoldAssigner;

/** Customer diversion: the Timefold planner against the greedy one at the same time limit, on a rush day. */
final class DiversionSuite implements QualitySuite {

    private static final long SEED = 1L;
    private static final double RUSH = 1.4;

    @Override
    public List<QualityRow> run(Scale scale) {
        boolean quick = scale == Scale.QUICK;
        int stores = quick ? 50 : 500;
        int jobs = quick ? 500 : 5_000;
        Duration limit = Duration.ofSeconds(quick ? 2 : 27);
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(stores, 10, stores * 5, SEED));
        List<Job> day = JobGenerator.generate(network, jobs, RUSH, SEED);
        DiversionProblem problem = DiversionProblem.of(network, day, DiversionSettings.DEFAULT,
                DriveIndex.of(network));
        DiversionPlanValidator validator = new DiversionPlanValidator(DiversionSettings.DEFAULT);
        String instance = String.format(Locale.ROOT, "%,d stores × %,d jobs, rush day (%,d may move)", stores, jobs,
                problem.itemCount());
        List<QualityRow> rows = new ArrayList<>();
        DiversionPlan baseline = null;
        for (DiversionPlanner planner : List.of(DiversionPlanner.greedy(),
                new DiversionPlanner(new TimefoldAssigner()))) {
            Timing.Timed<DiversionPlan> timed = Timing.time(() -> planner.plan(problem, limit, SEED));
            DiversionPlan plan = timed.value();
            String versus = baseline == null ? "baseline" : String.format(Locale.ROOT,
                    "expected cost %s vs greedy", Timing.percent(
                            plan.expectedCost().minus(baseline.expectedCost()).toYuan().doubleValue()
                                    / baseline.expectedCost().toYuan().doubleValue()));
            rows.add(new QualityRow("customer diversion", instance, plan.solver(), timed.seconds(),
                    String.format(Locale.ROOT, "%,d offers, %.1f expected accepted, expected cost %,.0f CNY; %s",
                            plan.offers().size(), plan.expectedAccepted(), plan.expectedCost().toYuan(),
                            validator.validate(network, day, plan).valid() ? "valid" : "INVALID"), versus));
            baseline = baseline == null ? plan : baseline;
        }
        return rows;
    }
}
