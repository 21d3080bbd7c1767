package dev.tandem.solvers.rebalance.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

import dev.tandem.model.PartNumber;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.Run;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.rebalance.internal.Shipment;
import dev.tandem.solvers.internal.ortools.CpSat;
import dev.tandem.solvers.rebalance.FlowRebalancer;

/**
 * The exact rebalancing: a CP-SAT model ({@link RebalanceCpModel}) of the fixed-charge problem the plans are priced
 * by, over every pair of a part's surplus and short stores whatever the candidate rule says, with freight per part
 * or per run as the settings say. The reference the flow and greedy rebalancers are measured against.
 *
 * <p>CP-SAT searches for a third of the time limit from the best of the starting plans (by default the greedy and
 * flow plans of the problem with every pair a candidate). Unless it proves its plan optimal, the same problem as a
 * mixed-integer program ({@link RebalanceMipModel}, on SCIP through OR-Tools) searches on from the best plan so far
 * for the rest of the time: its linear relaxation with cuts bounds the fixed-charge problem far better than CP-SAT
 * alone, which on networks of 50 stores and more proves little. The answer is priced by {@link RebalancePlans#of}
 * like every plan, so its net is the one the validator recomputes; a plan found without a proof first drops any run
 * whose removal would raise its net. The answer says how sure it is ({@link ExactRebalance#status()},
 * {@link ExactRebalance#netBound()}): proven optimal (a bound at its net), or the best found with the lower of the
 * two solvers' upper bounds on the net.
 *
 * <p>Deterministic for a seed with one worker when it finishes within the time limit. Not registered for
 * {@link java.util.ServiceLoader}: it is a yardstick for small networks (up to a few hundred stores and parts), not a
 * production solver. Thread-safe: each solve builds its own model and solver.
 */
public final class CpSatRebalancer {

    /** The name in plans and reports. */
    public static final String NAME = "cp-sat-exact";

    private final Duration timeLimit;
    private final int workers;
    private final long seed;

    /** One minute, one worker (reproducible), seed 1. */
    public CpSatRebalancer() {
        this(Duration.ofSeconds(60), 1, 1);
    }

    /**
     * @param timeLimit how long to build and search, not negative
     * @param workers CP-SAT search workers, 1 or more; more than one may find another optimum of equal net
     * @param seed CP-SAT's random seed
     */
    public CpSatRebalancer(Duration timeLimit, int workers, long seed) {
        Objects.requireNonNull(timeLimit, "timeLimit");
        checkArgument(!timeLimit.isNegative(), "The timeLimit (%s) must not be negative.", timeLimit);
        checkArgument(workers >= 1, "The number of CP-SAT workers (%s) must be 1 or more.", workers);
        this.timeLimit = timeLimit;
        this.workers = workers;
        this.seed = seed;
    }

    /**
     * Solves from the greedy and flow plans of the problem with every pair a candidate.
     *
     * @throws dev.tandem.solvers.internal.ortools.OrToolsUnavailableException if OR-Tools cannot load on this platform
     */
    public ExactRebalance solve(RebalanceProblem problem) {
        RebalanceProblem everyPair = everyPair(problem);
        return solve(problem, List.of(new GreedyRebalancer().solve(everyPair), new FlowRebalancer().solve(everyPair)));
    }

    /**
     * Solves from the best of {@code starts} (plans of the same network and settings, any candidate rule); with no
     * start, from doing nothing.
     *
     * @throws IllegalArgumentException if a start moves a part the problem does not balance
     * @throws IllegalStateException if CP-SAT calls the model invalid or infeasible, which is a bug here
     */
    public ExactRebalance solve(RebalanceProblem problem, List<RebalancePlan> starts) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(starts, "starts");
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();
        RebalanceProblem everyPair = everyPair(problem);
        List<List<Shipment>> start = emptyShipments(everyPair);
        long startNet = 0;
        for (RebalancePlan plan : starts) {
            RebalancePlan repriced = RebalancePlans.ofRuns(NAME, everyPair, plan.runs());
            if (repriced.net().cents() > startNet) {
                start = shipments(everyPair, plan.runs());
                startNet = repriced.net().cents();
            }
        }
        RebalanceCpModel model = new RebalanceCpModel(everyPair);
        model.hint(start);
        long searchEnd = started + timeLimit.toNanos() / 3;
        CpSolver solver = CpSat.solver(searchEnd, workers, seed);
        CpSolverStatus status = CpSat.checked(solver.solve(model.cpModel()), "rebalancing model (" + model + ")",
                model.cpModel()::validate);
        List<List<Shipment>> best = start;
        long bestNet = startNet;
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            List<List<Shipment>> found = LosingRuns.dropped(everyPair, model.shipments(solver));
            long net = RebalancePlans.of(NAME, everyPair, found).net().cents();
            if (status == CpSolverStatus.OPTIMAL) {
                long objective = model.objectiveOf(solver);
                if (net != objective) {
                    throw new IllegalStateException("The optimal plan nets " + net + " fen once priced, but CP-SAT's "
                            + "objective is " + objective + " fen.\nMaybe report a bug with the problem that caused it.");
                }
                return answer(everyPair, found, OptionalLong.of(net), started);
            }
            if (net >= bestNet) {
                best = found;
                bestNet = net;
            }
        }
        OptionalLong bound = cpBound(solver, status);
        Optional<RebalanceMipModel> mip = RebalanceMipModel.of(everyPair);
        if (mip.isPresent()) {
            try (RebalanceMipModel program = mip.get()) {
                program.hint(best);
                RebalanceMipModel.Result result = program.solve(deadline);
                if (result.shipments().isPresent() && fits(everyPair, result.shipments().get())) {
                    List<List<Shipment>> found = LosingRuns.dropped(everyPair, result.shipments().get());
                    long net = RebalancePlans.of(NAME, everyPair, found).net().cents();
                    if (net > bestNet) {
                        best = found;
                        bestNet = net;
                    }
                }
                if (result.bound().isPresent()) {
                    long mipBound = result.bound().getAsLong();
                    bound = OptionalLong.of(bound.isPresent() ? Math.min(bound.getAsLong(), mipBound) : mipBound);
                }
            }
        }
        return answer(everyPair, best, bound, started);
    }

    /** The plan of {@code shipments}, proven optimal when its net reaches {@code bound}. */
    private static ExactRebalance answer(RebalanceProblem everyPair, List<List<Shipment>> shipments,
            OptionalLong bound, long started) {
        RebalancePlan plan = RebalancePlans.of(NAME, everyPair, shipments);
        Duration wallTime = Duration.ofNanos(System.nanoTime() - started);
        long net = plan.net().cents();
        if (bound.isPresent() && bound.getAsLong() <= net) {
            return new ExactRebalance(plan, ExactRebalance.Status.OPTIMAL, OptionalLong.of(net), wallTime);
        }
        return new ExactRebalance(plan, bound.isPresent() ? ExactRebalance.Status.FEASIBLE
                : ExactRebalance.Status.UNKNOWN, bound, wallTime);
    }

    /** CP-SAT's upper bound on the net, when it gave a finite one. */
    private static OptionalLong cpBound(CpSolver solver, CpSolverStatus status) {
        double bound = solver.bestObjectiveBound();
        return status != CpSolverStatus.UNKNOWN && Double.isFinite(bound) && Math.abs(bound) < 9e18
                ? OptionalLong.of((long) Math.floor(bound + 1e-6)) : OptionalLong.empty();
    }

    /** Whether {@code shipments} send no more than each surplus and bring no more than each need. */
    private static boolean fits(RebalanceProblem problem, List<List<Shipment>> shipments) {
        for (int p = 0; p < shipments.size(); p++) {
            PartBalance part = problem.parts().get(p);
            Map<Integer, Integer> sent = new HashMap<>();
            Map<Integer, Integer> received = new HashMap<>();
            for (Shipment shipment : shipments.get(p)) {
                sent.merge(shipment.from(), shipment.units(), Integer::sum);
                received.merge(shipment.to(), shipment.units(), Integer::sum);
            }
            for (PartBalance.Surplus surplus : part.surpluses()) {
                if (sent.getOrDefault(surplus.store(), 0) > surplus.units()) {
                    return false;
                }
            }
            for (PartBalance.Need need : part.needs()) {
                if (received.getOrDefault(need.store(), 0) > need.units()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The same problem with every pair of stores a candidate. */
    private static RebalanceProblem everyPair(RebalanceProblem problem) {
        return problem.settings().unlimitedCandidates() ? problem
                : RebalanceProblem.of(problem.network(), problem.settings().withoutCandidateLimit(), problem.drives());
    }

    private static List<List<Shipment>> emptyShipments(RebalanceProblem problem) {
        List<List<Shipment>> shipments = new ArrayList<>();
        problem.parts().forEach(part -> shipments.add(new ArrayList<>()));
        return shipments;
    }

    private static List<List<Shipment>> shipments(RebalanceProblem problem, List<Run> runs) {
        Map<PartNumber, Integer> partIndex = new HashMap<>();
        for (int p = 0; p < problem.parts().size(); p++) {
            partIndex.put(problem.parts().get(p).part().number(), p);
        }
        List<List<Shipment>> shipments = emptyShipments(problem);
        NetworkSnapshot network = problem.network();
        for (Run run : runs) {
            for (Move move : run.moves()) {
                shipments.get(partIndex.get(move.part())).add(new Shipment(network.storeIndex(move.from()),
                        network.storeIndex(move.to()), move.quantity()));
            }
        }
        return shipments;
    }
}
