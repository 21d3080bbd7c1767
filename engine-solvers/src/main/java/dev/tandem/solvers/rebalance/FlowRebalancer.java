package dev.tandem.solvers.rebalance;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.internal.GreedyShipments;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.rebalance.internal.Shipment;
import dev.tandem.solvers.flow.FlowResult;
import dev.tandem.solvers.flow.MinCostFlowSolver;
import dev.tandem.solvers.flow.OrToolsMinCostFlow;
import dev.tandem.solvers.rebalance.internal.RebalanceFlowModel;

/**
 * Rebalances the network part by part as a min-cost flow ({@link RebalanceFlowModel}), the parts in parallel on an
 * executor the caller gives, or else on a bounded pool of its own, made for the call and shut down after it (never
 * on the common fork-join pool).
 *
 * <p>Per part: solve the flow; price every trip it keeps at its real freight; ban the trips that do not pay and
 * solve again until every trip pays; then keep this plan or the greedy one for the part, whichever earns more
 * (a per-trip minimum freight makes the true problem a fixed-charge flow, so the linear flow alone cannot promise
 * to beat greedy on every part). {@link #flowAlone()} skips that last pick, so that a benchmark can measure the flow
 * against greedy. Deterministic: parts are independent and merged in part order.
 *
 * <p>{@link #solve(RebalanceProblem, SolveLimits, SolveControl)} checks between parts whether to stop: at the time
 * limit, when the control asks, or after the move budget, which counts parts (the first so many parts of the
 * problem are solved, the others left as they are). A stopped solve returns the valid plan of the parts done.
 * Thread-safe.
 */
public final class FlowRebalancer implements RebalanceSolver {

    private static final String NAME = "or-tools-min-cost-flow";
    /** The threads of the pool of its own: as many as cores, at most this many. */
    private static final int MAX_OWN_THREADS = 4;

    private final MinCostFlowSolver flowSolver;
    private final Optional<Executor> executor;
    private final boolean pickGreedyPerPart;

    /** With OR-Tools and a pool of its own; the constructor {@link java.util.ServiceLoader} uses. */
    public FlowRebalancer() {
        this(new OrToolsMinCostFlow());
    }

    /** With {@code flowSolver} and a pool of its own. */
    public FlowRebalancer(MinCostFlowSolver flowSolver) {
        this(flowSolver, Optional.empty(), true);
    }

    /**
     * With {@code flowSolver}, solving the parts on {@code executor}, which the caller owns and shuts down. An
     * executor that runs each task on the calling thread solves the parts one after the other.
     */
    public FlowRebalancer(MinCostFlowSolver flowSolver, Executor executor) {
        this(flowSolver, Optional.of(Objects.requireNonNull(executor, "executor")), true);
    }

    private FlowRebalancer(MinCostFlowSolver flowSolver, Optional<Executor> executor, boolean pickGreedyPerPart) {
        this.flowSolver = Objects.requireNonNull(flowSolver, "flowSolver");
        this.executor = executor;
        this.pickGreedyPerPart = pickGreedyPerPart;
    }

    /**
     * This solver without the per-part pick of the better of the flow and greedy: the flow's own plan, named
     * {@code or-tools-min-cost-flow (flow alone)}, for measuring what the flow adds over greedy.
     */
    public FlowRebalancer flowAlone() {
        return new FlowRebalancer(flowSolver, executor, false);
    }

    @Override
    public String name() {
        return pickGreedyPerPart ? NAME : NAME + " (flow alone)";
    }

    @Override
    public RebalancePlan solve(RebalanceProblem problem) {
        return solve(problem, Long.MAX_VALUE, () -> false).plan();
    }

    /**
     * Solves the parts in order until the time limit, the move budget (a number of parts) or a stop asked by
     * {@code control}, whichever comes first, and tells {@code control} of the plan.
     */
    @Override
    public RebalancePlan solve(RebalanceProblem problem, SolveLimits limits, SolveControl control) {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(control, "control");
        long started = System.nanoTime();
        long limit = nanos(limits.timeLimit());
        Outcome outcome = solve(problem, limits.moveBudget().orElse(Long.MAX_VALUE),
                () -> control.stopRequested() || System.nanoTime() - started >= limit);
        control.improved("min-cost flow", String.format(Locale.ROOT, "net %s, %d of %d parts solved", outcome.plan().net(),
                outcome.solved(), problem.parts().size()));
        return outcome.plan();
    }

    /** The plan of the parts solved, and how many were. */
    record Outcome(RebalancePlan plan, int solved) {
    }

    /** Solves the first {@code partBudget} parts, each unless {@code stop} says so before it starts. */
    Outcome solve(RebalanceProblem problem, long partBudget, BooleanSupplier stop) {
        Objects.requireNonNull(problem, "problem");
        checkArgument(partBudget > 0, "The partBudget (%s) must be positive.", partBudget);
        int parts = problem.parts().size();
        AtomicInteger solved = new AtomicInteger();
        ExecutorService own = executor.isPresent() ? null : ownPool(parts);
        Executor runner = executor.orElse(own);
        try {
            List<CompletableFuture<List<Shipment>>> futures = new ArrayList<>(parts);
            for (int p = 0; p < parts; p++) {
                PartBalance part = problem.parts().get(p);
                boolean inBudget = p < partBudget;
                futures.add(CompletableFuture.supplyAsync(() -> {
                    if (!inBudget || stop.getAsBoolean()) {
                        return List.of();
                    }
                    List<Shipment> shipments = solvePart(problem, part);
                    solved.incrementAndGet();
                    return shipments;
                }, runner));
            }
            List<List<Shipment>> shipments = new ArrayList<>(parts);
            for (CompletableFuture<List<Shipment>> future : futures) {
                shipments.add(joined(future));
            }
            return new Outcome(RebalancePlans.of(name(), problem, shipments), solved.get());
        } finally {
            if (own != null) {
                own.shutdownNow();
            }
        }
    }

    private static ExecutorService ownPool(int parts) {
        int threads = Math.max(1, Math.min(parts, Math.min(MAX_OWN_THREADS,
                Runtime.getRuntime().availableProcessors())));
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "tandem-rebalance-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }

    /** The future's value, an exception inside a part rethrown as it was thrown there. */
    private static List<Shipment> joined(CompletableFuture<List<Shipment>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The time limit in nanoseconds, a limit beyond a century taken as none. */
    private static long nanos(Duration limit) {
        return limit.compareTo(Duration.ofDays(36_500)) > 0 ? Long.MAX_VALUE : limit.toNanos();
    }

    private List<Shipment> solvePart(RebalanceProblem problem, PartBalance part) {
        if (part.surpluses().isEmpty()) {
            return List.of();
        }
        List<List<PartBalance.Surplus>> candidates = problem.candidates(part);
        Set<Long> banned = new HashSet<>();
        List<Shipment> chosen = flow(problem, part, candidates, banned);
        for (List<Shipment> bad = RebalancePlans.unprofitable(problem, part, chosen); !bad.isEmpty();
                bad = RebalancePlans.unprofitable(problem, part, chosen)) {
            bad.forEach(shipment -> banned.add(RebalancePlans.lane(shipment.from(), shipment.to())));
            chosen = flow(problem, part, candidates, banned);
        }
        if (!pickGreedyPerPart) {
            return chosen;
        }
        List<Shipment> greedy = GreedyShipments.of(problem, part, candidates);
        return RebalancePlans.netPerPart(problem, part, greedy) > RebalancePlans.netPerPart(problem, part, chosen)
                ? greedy : chosen;
    }

    private List<Shipment> flow(RebalanceProblem problem, PartBalance part,
            List<List<PartBalance.Surplus>> candidates, Set<Long> banned) {
        RebalanceFlowModel model = new RebalanceFlowModel(problem, part, candidates, banned);
        FlowResult result = flowSolver.solve(model.network());
        if (!result.isOptimal()) {
            throw new IllegalStateException("The flow of part (" + part.part().number() + ") did not solve: "
                    + result.status() + ", " + result.message());
        }
        return model.shipments(result);
    }
}
