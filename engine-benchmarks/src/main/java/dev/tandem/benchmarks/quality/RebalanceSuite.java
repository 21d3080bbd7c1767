package dev.tandem.benchmarks.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.solvers.flow.FlowNetwork;
import dev.tandem.solvers.flow.FlowResult;
import dev.tandem.solvers.flow.JGraphTMinCostFlow;
import dev.tandem.solvers.flow.MinCostFlowSolver;
import dev.tandem.solvers.flow.OrToolsMinCostFlow;
import dev.tandem.solvers.rebalance.FlowRebalancer;
import dev.tandem.solvers.rebalance.exact.CpSatRebalancer;
import dev.tandem.solvers.rebalance.exact.ExactRebalance;
import dev.tandem.solvers.rebalance.exact.PolishedFlowRebalancer;
import dev.tandem.solvers.rebalance.internal.RebalanceFlowModel;
import dev.tandem.travel.DriveIndex;

/**
 * Rebalancing: the flow rebalancer against the greedy baseline on the same problem (net earnings, validator), and
 * the per-part flow graphs solved by OR-Tools against JGraphT's capacity scaling, the peer (time, equal costs); and
 * on generated networks of 15-200 stores, under both freight modes, the gap of flow and greedy (with the candidate
 * limit and with every pair a candidate) and, under freight per run, of the flow polished by
 * {@link PolishedFlowRebalancer}, to the exact optimum of {@link CpSatRebalancer}, or to its bound when it is not
 * proven within its time limit (45 s; 150 s at 200 stores under freight per run in the full run). The exact solver
 * starts from the best of those plans.
 */
final class RebalanceSuite implements QualitySuite {

    private static final Duration EXACT_LIMIT = Duration.ofSeconds(45);
    /** At 200 stores × 200 parts with freight per run, where 45 seconds bound the optimum only loosely. */
    private static final Duration LONG_EXACT_LIMIT = Duration.ofSeconds(150);
    /** The polished flow's limits: the production default of 30 seconds, seed 1. */
    private static final SolveLimits POLISH_LIMITS = SolveLimits.DEFAULT.withSeed(1);
    private static final int EXACT_WORKERS = 2;

    @Override
    public List<QualityRow> run(Scale scale) {
        List<QualityRow> rows = new ArrayList<>();
        int[][] sizes = scale == Scale.QUICK ? new int[][] {{30, 300}} : new int[][] {{200, 5_000}, {2_000, 20_000}};
        for (int[] size : sizes) {
            NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(size[0], size[1], 0, 1));
            RebalanceSettings settings = RebalanceSettings.DEFAULT;
            RebalanceProblem problem = RebalanceProblem.of(network, settings, DriveIndex.of(network));
            String instance = String.format(Locale.ROOT, "%,d stores × %,d parts", size[0], size[1]);
            RebalancePlanValidator validator = new RebalancePlanValidator(settings);
            Timing.Timed<RebalancePlan> greedy = Timing.time(() -> new GreedyRebalancer().solve(problem));
            Timing.Timed<RebalancePlan> flow = Timing.time(() -> new FlowRebalancer().solve(problem));
            rows.add(plan(instance, greedy, validator.validate(network, greedy.value()).valid(), "baseline"));
            double gain = (double) (flow.value().net().cents() - greedy.value().net().cents())
                    / Math.max(1, Math.abs(greedy.value().net().cents()));
            rows.add(plan(instance, flow, validator.validate(network, flow.value()).valid(),
                    "net " + Timing.percent(gain) + " vs greedy (the better of flow and greedy per part)"));
            Timing.Timed<RebalancePlan> alone = Timing.time(() -> new FlowRebalancer().flowAlone().solve(problem));
            double aloneGain = (double) (alone.value().net().cents() - greedy.value().net().cents())
                    / Math.max(1, Math.abs(greedy.value().net().cents()));
            rows.add(plan(instance, alone, validator.validate(network, alone.value()).valid(),
                    "flow alone vs greedy: net " + Timing.percent(aloneGain)));
            rows.addAll(flowGraphs(instance, problem));
            if (scale == Scale.FULL) {
                rows.addAll(perRunAtScale(network, instance));
            }
        }
        int[][] gapSizes = scale == Scale.QUICK ? new int[][] {{15, 50}}
                : new int[][] {{15, 50}, {50, 100}, {100, 150}, {200, 200}};
        Duration limit = scale == Scale.QUICK ? Duration.ofSeconds(5) : EXACT_LIMIT;
        for (FreightMode mode : FreightMode.values()) {
            for (int[] size : gapSizes) {
                boolean loose = scale == Scale.FULL && mode == FreightMode.PER_RUN && size[0] >= 200;
                rows.addAll(gapToExact(size[0], size[1], mode, loose ? LONG_EXACT_LIMIT : limit));
            }
        }
        return rows;
    }

    /** Under freight per run, the flow and the polished flow (30 s limit) on a large network: time and net. */
    private static List<QualityRow> perRunAtScale(NetworkSnapshot network, String instance) {
        RebalanceSettings perRun = RebalanceSettings.DEFAULT.withFreightMode(FreightMode.PER_RUN);
        RebalanceProblem problem = RebalanceProblem.of(network, perRun, DriveIndex.of(network));
        RebalancePlanValidator validator = new RebalancePlanValidator(perRun);
        String perRunInstance = instance + ", freight per run";
        Timing.Timed<RebalancePlan> flow = Timing.time(() -> new FlowRebalancer().solve(problem));
        Timing.Timed<RebalancePlan> polished = Timing.time(() -> new PolishedFlowRebalancer().solve(problem,
                POLISH_LIMITS, SolveControl.none()));
        double gain = (double) (polished.value().net().cents() - flow.value().net().cents())
                / Math.max(1, Math.abs(flow.value().net().cents()));
        return List.of(plan(perRunInstance, flow, validator.validate(network, flow.value()).valid(), "flow alone"),
                plan(perRunInstance, polished, validator.validate(network, polished.value()).valid(),
                        "net " + Timing.percent(gain) + " vs the flow alone (30 s limit)"));
    }

    /**
     * The flow's and greedy's gap to the exact optimum (or to its bound when not proven), with the candidate limit
     * and with every pair a candidate, on one generated network under one freight mode.
     */
    private static List<QualityRow> gapToExact(int stores, int parts, FreightMode mode, Duration limit) {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(stores, parts, 0, 1));
        DriveIndex drives = DriveIndex.of(network);
        RebalanceSettings limited = RebalanceSettings.DEFAULT.withFreightMode(mode);
        RebalanceSettings unlimited = limited.withoutCandidateLimit();
        RebalanceProblem limitedProblem = RebalanceProblem.of(network, limited, drives);
        RebalanceProblem unlimitedProblem = RebalanceProblem.of(network, unlimited, drives);
        String instance = String.format(Locale.ROOT, "%,d stores × %,d parts, freight %s", stores, parts,
                mode == FreightMode.PER_RUN ? "per run" : "per part");
        String flow = mode == FreightMode.PER_RUN ? "OR-Tools flow alone" : "OR-Tools flow";
        List<String> names = new ArrayList<>(List.of("greedy", "greedy, every pair", flow, flow + ", every pair"));
        List<Timing.Timed<RebalancePlan>> plans = new ArrayList<>(List.of(
                Timing.time(() -> new GreedyRebalancer().solve(limitedProblem)),
                Timing.time(() -> new GreedyRebalancer().solve(unlimitedProblem)),
                Timing.time(() -> new FlowRebalancer().solve(limitedProblem)),
                Timing.time(() -> new FlowRebalancer().solve(unlimitedProblem))));
        if (mode == FreightMode.PER_RUN) {
            names.add("OR-Tools flow + polish");
            plans.add(Timing.time(() -> new PolishedFlowRebalancer().solve(limitedProblem, POLISH_LIMITS,
                    SolveControl.none())));
        }
        Timing.Timed<ExactRebalance> exact = Timing.time(() -> new CpSatRebalancer(limit, EXACT_WORKERS, 1)
                .solve(limitedProblem, plans.stream().map(Timing.Timed::value).toList()));
        RebalancePlanValidator validator = new RebalancePlanValidator(limited);
        RebalancePlan best = exact.value().plan();
        List<QualityRow> rows = new ArrayList<>();
        rows.add(new QualityRow("rebalancing", instance, "exact (CP-SAT, then SCIP)", exact.seconds(),
                String.format(Locale.ROOT, "net %,.2f CNY; %s", best.net().toYuan(),
                        validator.validate(network, best).valid() ? "valid" : "INVALID"),
                exact.value().describe()));
        for (int k = 0; k < plans.size(); k++) {
            RebalancePlan plan = plans.get(k).value();
            String reference = exact.value().status() == ExactRebalance.Status.OPTIMAL ? "the proven optimum"
                    : "CP-SAT's bound";
            String gap = exact.value().gapOf(plan).isPresent()
                    ? String.format(Locale.ROOT, "%.2f %% below %s", 100 * exact.value().gapOf(plan).getAsDouble(),
                            reference)
                    : "no bound";
            rows.add(new QualityRow("rebalancing", instance, names.get(k), plans.get(k).seconds(),
                    String.format(Locale.ROOT, "net %,.2f CNY; %s", plan.net().toYuan(),
                            validator.validate(network, plan).valid() ? "valid" : "INVALID"), gap));
        }
        return rows;
    }

    private static QualityRow plan(String instance, Timing.Timed<RebalancePlan> timed, boolean valid, String versus) {
        RebalancePlan plan = timed.value();
        return new QualityRow("rebalancing", instance, plan.solver(), timed.seconds(),
                String.format(Locale.ROOT, "net %,.0f CNY, %,d units, freight %,.0f CNY; %s", plan.net().toYuan(),
                        plan.unitsMoved(), plan.totalFreight().toYuan(), valid ? "valid" : "INVALID"), versus);
    }

    private static List<QualityRow> flowGraphs(String instance, RebalanceProblem problem) {
        List<FlowNetwork> graphs = new ArrayList<>();
        for (PartBalance part : problem.parts()) {
            graphs.add(new RebalanceFlowModel(problem, part, new HashSet<>()).network());
        }
        Timing.Timed<List<FlowResult>> orTools = Timing.time(() -> solveAll(graphs, new OrToolsMinCostFlow()));
        Timing.Timed<List<FlowResult>> jgrapht = Timing.time(() -> solveAll(graphs, new JGraphTMinCostFlow()));
        int agreed = 0;
        for (int i = 0; i < graphs.size(); i++) {
            FlowResult ours = orTools.value().get(i);
            FlowResult peer = jgrapht.value().get(i);
            agreed += ours.isOptimal() && peer.isOptimal() && ours.cost().equals(peer.cost()) ? 1 : 0;
        }
        String graphsOf = String.format(Locale.ROOT, "%s, %,d flow graphs", instance, graphs.size());
        return List.of(
                new QualityRow("min-cost flow", graphsOf, "OR-Tools", orTools.seconds(),
                        String.format(Locale.ROOT, "optimal cost equal to the peer's on %,d of %,d", agreed,
                                graphs.size()),
                        Timing.times(jgrapht.seconds() / Math.max(1e-9, orTools.seconds())) + " than JGraphT"),
                new QualityRow("min-cost flow", graphsOf, "JGraphT capacity scaling", jgrapht.seconds(),
                        "peer", ""));
    }

    private static List<FlowResult> solveAll(List<FlowNetwork> graphs, MinCostFlowSolver solver) {
        return graphs.stream().map(solver::solve).toList();
    }
}
