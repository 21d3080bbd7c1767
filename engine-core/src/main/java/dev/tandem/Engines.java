package dev.tandem;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.assign.AssignmentSolvers;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.dispatch.DispatchPlans;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.DispatchSolvers;
import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.job.SolverUnavailableException;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.RebalanceSolvers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The solvers a facade uses, chosen once, each with the core's baseline behind it when the choice was "best
 * available": a solver that turns out unable to run here ({@link SolverUnavailableException}) is replaced by the
 * baseline, with one logged warning, and the answer's solver name says so.
 */
final class Engines {

    private static final Logger LOG = LoggerFactory.getLogger(Tandem.class);

    private final Chosen<RebalanceSolver> rebalancer;
    private final Chosen<DispatchSolver> dispatcher;
    private final Chosen<AssignmentSolver> assigner;

    Engines(Chosen<RebalanceSolver> rebalancer, Chosen<DispatchSolver> dispatcher, Chosen<AssignmentSolver> assigner) {
        this.rebalancer = rebalancer;
        this.dispatcher = dispatcher;
        this.assigner = assigner;
    }

    static Chosen<RebalanceSolver> rebalancer(SolverChoice choice) {
        return Chosen.of("rebalancing", choice, RebalanceSolvers.available(), RebalanceSolver::name);
    }

    static Chosen<DispatchSolver> dispatcher(SolverChoice choice) {
        return Chosen.of("dispatch", choice, DispatchSolvers.available(), DispatchSolver::name);
    }

    static Chosen<AssignmentSolver> assigner(SolverChoice choice) {
        return Chosen.of("assignment", choice, AssignmentSolvers.available(), AssignmentSolver::name);
    }

    String rebalancerName() {
        return rebalancer.name();
    }

    String dispatcherName() {
        return dispatcher.name();
    }

    String assignerName() {
        return assigner.name();
    }

    AssignmentSolver assigner() {
        return assigner.solver();
    }

    RebalancePlan rebalance(RebalanceProblem problem, SolveLimits limits, SolveControl control) {
        return rebalancer.solve(solver -> solver.solve(problem, limits, control),
                (plan, name) -> new RebalancePlan(name, plan.freightMode(), plan.runs(), plan.shortfalls()));
    }

    DispatchPlan dispatch(DispatchProblem problem, SolveLimits limits, SolveControl control) {
        return dispatcher.solve(solver -> DispatchPlans.of(solver.name(), solver.solve(problem, limits, control)),
                (plan, name) -> new DispatchPlan(name, plan.trips(), plan.unassigned(), plan.hardViolations(),
                        plan.softCost()));
    }

    Assignment assign(AssignmentProblem problem, SolveLimits limits, SolveControl control) {
        return assigner.solve(solver -> solver.solve(problem, Assignment.empty(problem), limits, control),
                (assignment, name) -> assignment);
    }

    /** Renames an answer made by the fallback so that it says which solver made it and why. */
    interface Renamer<T> {
        T rename(T answer, String solverName);
    }

    /**
     * A chosen solver and, for "best available", the baseline behind it.
     *
     * @param engine the engine's name for messages, such as {@code rebalancing}
     */
    record Chosen<S>(String engine, S solver, String name, Optional<S> baseline, Function<S, String> names,
            AtomicBoolean warned) {

        static <S> Chosen<S> of(String engine, SolverChoice choice, List<S> available, Function<S, String> names) {
            S baseline = available.get(available.size() - 1);
            if (choice.name().isPresent()) {
                String wanted = choice.name().get();
                S solver = available.stream().filter(s -> names.apply(s).equals(wanted)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("The " + engine + " solver (" + wanted
                                + ") is not on the class path; the solvers found are "
                                + available.stream().map(names).collect(Collectors.joining(", ")) + ".\n"
                                + "Maybe add engine-solvers to the dependencies, or choose "
                                + "SolverChoice.bestAvailable()."));
                return new Chosen<>(engine, solver, wanted, Optional.empty(), names, new AtomicBoolean());
            }
            S best = available.get(0);
            Optional<S> behind = best == baseline ? Optional.empty() : Optional.of(baseline);
            return new Chosen<>(engine, best, names.apply(best), behind, names, new AtomicBoolean());
        }

        <T> T solve(Function<S, T> solve, Renamer<T> renamer) {
            try {
                return solve.apply(solver);
            } catch (SolverUnavailableException unavailable) {
                if (baseline.isEmpty()) {
                    throw unavailable;
                }
                if (warned.compareAndSet(false, true)) {
                    LOG.warn("The {} solver {} cannot run here, so {} plans with {}: {}", engine, name, engine,
                            names.apply(baseline.get()), unavailable.getMessage());
                }
                String fallbackName = names.apply(baseline.get()) + " (" + name + " unavailable)";
                return renamer.rename(solve.apply(baseline.get()), fallbackName);
            }
        }
    }
}
