package dev.tandem.divert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.assign.AssignmentSolvers;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.model.Money;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * Plans customer diversion (SOP 3) with any {@link AssignmentSolver} on the {@link DiversionProblem}'s assignment,
 * then reads the answer as a {@link DiversionPlan}: an offer with its reason per diverted job, a fallback store for
 * each offer whose customer is at least {@link DiversionSettings#fallbackAtRefusal()} likely to refuse, and a stay
 * with its reason per customer left waiting.
 *
 * <p>Fallbacks go to the offers most likely refused first, each to the store with the lowest expected cost among
 * the job's other allowed stores that still have room after the plan's offers and the fallbacks before it, so two
 * fallbacks never count on the same free bay. Thread-safe when its solver is.
 */
public final class DiversionPlanner {

    private final AssignmentSolver solver;

    public DiversionPlanner(AssignmentSolver solver) {
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    /** With the greedy assigner of the core. */
    public static DiversionPlanner greedy() {
        return new DiversionPlanner(new GreedyAssigner());
    }

    /** With the best assigner on the class path: Timefold when engine-solvers is there. */
    public static DiversionPlanner preferred() {
        return new DiversionPlanner(AssignmentSolvers.preferred());
    }

    public String solverName() {
        return solver.name();
    }

    public DiversionPlan plan(DiversionProblem problem, Duration timeLimit, long seed) {
        Objects.requireNonNull(problem, "problem");
        return planOf(problem, solver.solve(problem.assignment(), timeLimit, seed));
    }

    /**
     * Re-solves after customers answered, starting from the offers of {@code previous} that still hold: the
     * customers who have not answered keep their offers unless a better plan needs the bay.
     *
     * @param problem the problem after the answers, from {@link DiversionProblem#withAnswers}
     */
    public DiversionPlan replan(DiversionProblem problem, DiversionPlan previous, Duration timeLimit, long seed) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(previous, "previous");
        return planOf(problem, solver.solve(problem.assignment(), problem.startFrom(previous), timeLimit, seed));
    }

    /** The plan of {@code assignment}, an assignment of {@code problem}'s {@link DiversionProblem#assignment()}. */
    public DiversionPlan planOf(DiversionProblem problem, Assignment assignment) {
        AssignmentProblem gap = problem.assignment();
        NetworkSnapshot network = problem.network();
        long[] residual = new long[gap.binCount()];
        for (int s = 0; s < residual.length; s++) {
            residual[s] = gap.capacity(s) - assignment.load(s);
        }
        List<Integer> diverted = new ArrayList<>();
        List<Stay> stays = new ArrayList<>();
        for (int item = 0; item < gap.itemCount(); item++) {
            int bin = assignment.binOrUnassigned(item);
            if (bin != Assignment.UNASSIGNED && bin != problem.homeOf(item)) {
                diverted.add(item);
            } else {
                stays.add(stay(problem, item));
            }
        }
        Optional<Fallback>[] fallbacks = fallbacks(problem, assignment, diverted, residual);
        List<Offer> offers = new ArrayList<>();
        for (int item : diverted) {
            offers.add(offer(problem, item, assignment.binOrUnassigned(item), fallbacks[item]));
        }
        long total = assignment.totalCost();
        for (int item = 0; item < gap.itemCount(); item++) {
            if (assignment.binOrUnassigned(item) == Assignment.UNASSIGNED) {
                total += problem.stayCost(item);
            }
        }
        return new DiversionPlan(solver.name(), offers, stays, problem.committed(), Money.ofCents(total),
                assignment.overload() == 0);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Fallback>[] fallbacks(DiversionProblem problem, Assignment assignment,
            List<Integer> diverted, long[] residual) {
        AssignmentProblem gap = problem.assignment();
        Optional<Fallback>[] fallbacks = new Optional[gap.itemCount()];
        Arrays.fill(fallbacks, Optional.empty());
        List<Integer> byRefusal = new ArrayList<>(diverted);
        byRefusal.sort(Comparator.comparingDouble(
                (Integer item) -> problem.acceptance(item, assignment.binOrUnassigned(item)))
                .thenComparingInt(Integer::intValue));
        for (int item : byRefusal) {
            int offered = assignment.binOrUnassigned(item);
            if (1 - problem.acceptance(item, offered) < problem.settings().fallbackAtRefusal()) {
                continue;
            }
            int best = -1;
            for (int k = 0; k < gap.optionCount(item); k++) {
                int to = gap.optionBin(item, k);
                if (to != offered && to != problem.homeOf(item) && gap.optionLoad(item, k) <= residual[to]
                        && (best < 0 || gap.optionCost(item, k) < gap.optionCost(item, best))) {
                    best = k;
                }
            }
            if (best >= 0) {
                int to = gap.optionBin(item, best);
                residual[to] -= gap.optionLoad(item, best);
                Store store = problem.network().storeAt(to);
                fallbacks[item] = Optional.of(new Fallback(store.id(), Math.round(problem.drives().minutes(
                        problem.homeOf(item), to)), problem.acceptance(item, to), reason(problem, item, to)));
            }
        }
        return fallbacks;
    }

    private static Offer offer(DiversionProblem problem, int item, int to, Optional<Fallback> fallback) {
        Job job = problem.jobs().get(problem.jobOf(item));
        int home = problem.homeOf(item);
        DiversionSettings settings = problem.settings();
        double km = problem.drives().kilometres(home, to);
        return new Offer(job.id(), job.store(), problem.network().storeAt(to).id(),
                Math.round(problem.drives().minutes(home, to)), km, job.bayMinutes() / 60.0, settings.coupon(),
                settings.ride(km), problem.acceptance(item, to), problem.expectedWaitHours(home),
                Money.ofCents(problem.offerCost(item, to)), reason(problem, item, to), fallback);
    }

    /** Such as {@code Foshan: 35 min away, 6 bay-hours free, saves an expected 3.1 h wait}. */
    static String reason(DiversionProblem problem, int item, int to) {
        int home = problem.homeOf(item);
        return String.format(Locale.ROOT, "%s: %d min away, %s bay-hours free, saves an expected %.1f h wait",
                problem.network().storeAt(to).name(), Math.round(problem.drives().minutes(home, to)),
                hours(problem.freeMinutes(to) / 60), problem.expectedWaitHours(home));
    }

    private static Stay stay(DiversionProblem problem, int item) {
        Job job = problem.jobs().get(problem.jobOf(item));
        double wait = problem.expectedWaitHours(problem.homeOf(item));
        String reason = problem.assignment().optionCount(item) == 1
                ? String.format(Locale.ROOT, "no store within %d min has %s on duty and %s bay-hours free",
                        job.maxDrive().toMinutes(), job.skill(), hours(job.bayMinutes() / 60.0))
                : "the nearby stores' free bays went to customers with more to lose, or waiting risks less than an"
                        + " offer costs";
        return new Stay(job.id(), job.store(), wait, Money.ofCents(problem.stayCost(item)), reason);
    }

    /** Whole hours without decimals, others with one: {@code 6}, {@code 2.5}. */
    private static String hours(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours)
                : String.format(Locale.ROOT, "%.1f", hours);
    }
}
