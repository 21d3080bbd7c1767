package dev.tandem.solvers.dispatch.internal.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchPlanValidator;
import dev.tandem.dispatch.DispatchPlans;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.GreedyDispatcher;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.solvers.dispatch.internal.exact.DispatchNeighbourhoodSearch.Levels;
import dev.tandem.solvers.internal.ortools.MipOfCpModel;
import dev.tandem.travel.DriveIndex;

/**
 * The neighbourhoods one step of the cost-only search repairs at once: they share no lending store and no request,
 * and their repairs add up, so the step can keep them all.
 */
class DisjointNeighbourhoodsTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    /** 80 stores, 320 technicians, 200 requests over two weeks: room for several neighbourhoods of 10. */
    private static DispatchProblem problem(long seed) {
        NetworkSnapshot network = NetworkGenerator.generate(
                new GeneratorSpec(80, 10, 320, 14, seed, GeneratorSpec.DEFAULT_AS_OF));
        return DispatchProblem.of(network, RequestGenerator.generate(network, 200, seed), DispatchSettings.DEFAULT,
                DriveIndex.of(network));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theNeighbourhoodsOfAStepShareNoLendingStoreAndNoRequest(long seed) {
        DispatchProblem problem = problem(seed);
        Dispatch greedy = new GreedyDispatcher().solve(problem, LIMIT, seed);
        DispatchNeighbourhoodSearch search = new DispatchNeighbourhoodSearch(problem, Levels.SOFT_AT_KEPT_MEDIUM, 3);
        SplittableRandom random = new SplittableRandom(seed);

        for (int step = 0; step < 5; step++) {
            List<DispatchCpModel.Scope> scopes = search.neighbourhoods(greedy, random, 10, 3);

            assertThat(scopes).hasSize(3);
            int[] storeOwner = filled(problem.network().storeCount());
            int[] requestOwner = filled(problem.requests().size());
            for (int i = 0; i < scopes.size(); i++) {
                DispatchCpModel.Scope scope = scopes.get(i);
                assertThat(scope.technicianCount()).as("technicians of neighbourhood %d", i).isPositive();
                for (int t = 0; t < scope.freeTechnicians().length; t++) {
                    if (scope.freeTechnicians()[t]) {
                        int home = problem.home(t);
                        assertThat(storeOwner[home]).as("store %d", home).isIn(-1, i);
                        storeOwner[home] = i;
                    }
                }
                for (int r = 0; r < scope.freeRequests().length; r++) {
                    if (scope.freeRequests()[r]) {
                        assertThat(requestOwner[r]).as("request %d", r).isEqualTo(-1);
                        requestOwner[r] = i;
                    }
                }
            }
        }
    }

    /**
     * Each neighbourhood repaired on its own against the same dispatch, the repairs applied together: every level
     * of the score moves by the sum of the repairs' moves, and the plan passes the independent validator. A rule
     * that tied two lending stores or two requests of different neighbourhoods together would break the sum. The
     * start is SCIP's answer to the priority left unassigned alone, indifferent to cost, as in the dispatcher, so
     * that repairs find cheaper trips; the test needs steps where two or more of them do.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void repairsOfOneStepAddUp(long seed) {
        DispatchProblem problem = problem(seed);
        DispatchCpModel whole = new DispatchCpModel(problem);
        Dispatch start = whole.dispatchOf(MipOfCpModel.minimize(whole.model(), whole.medium(), LIMIT));
        DispatchNeighbourhoodSearch search = new DispatchNeighbourhoodSearch(problem, Levels.SOFT_AT_KEPT_MEDIUM, 3);
        SplittableRandom random = new SplittableRandom(seed);
        int stepsOfSeveral = 0;
        for (int step = 0; step < 6; step++) {
            List<DispatchNeighbourhoodSearch.Repair> repairs = new ArrayList<>();
            for (DispatchCpModel.Scope scope : search.neighbourhoods(start, random, 10, 3)) {
                repairs.add(search.repair(scope, 1, System.nanoTime() + LIMIT.toNanos()));
            }

            Dispatch together = DispatchNeighbourhoodSearch.applied(start, repairs);

            long medium = start.score().medium();
            long soft = start.score().soft();
            int changed = 0;
            for (DispatchNeighbourhoodSearch.Repair repair : repairs) {
                DispatchScore alone = repair.dispatch().score();
                assertThat(alone.hard()).isZero();
                medium += alone.medium() - start.score().medium();
                soft += alone.soft() - start.score().soft();
                changed += alone.equals(start.score()) ? 0 : 1;
            }
            stepsOfSeveral += changed > 1 ? 1 : 0;
            assertThat(together.score()).as("step %d", step).isEqualTo(new DispatchScore(0, medium, soft));
            List<DispatchNeighbourhoodSearch.Repair> better = repairs.stream()
                    .filter(repair -> repair.dispatch().score().compareTo(start.score()) < 0).toList();
            DispatchNeighbourhoodSearch.Step kept = search.keep(start, start.score(), repairs, Dispatch::score);
            assertThat(kept.score()).as("the step keeps every better repair").isEqualTo(better.isEmpty()
                    ? start.score() : DispatchNeighbourhoodSearch.applied(start, better).score());
            DispatchSettings settings = problem.settings();
            assertThat(new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(),
                    settings.thresholds()).validate(problem.network(), problem.requests(),
                            DispatchPlans.of("together", together)).violations()).isEmpty();
        }
        assertThat(stepsOfSeveral).as("steps where two or more repairs changed the score").isPositive();
    }

    /** Two workers end better than the start with a valid plan, their last report being what they return. */
    @Test
    void aSearchOnTwoThreadsImprovesToAValidPlan() {
        DispatchProblem problem = problem(5);
        Dispatch greedy = new GreedyDispatcher().solve(problem, LIMIT, 5);
        List<DispatchScore> reported = new ArrayList<>();

        Dispatch improved = new DispatchNeighbourhoodSearch(problem, Levels.SOFT_AT_KEPT_MEDIUM, 2).improve(greedy,
                new DispatchNeighbourhoodSearch.Budget(8, System.nanoTime() + LIMIT.toNanos(), () -> false), 5,
                Dispatch::score, better -> reported.add(better.score()));

        assertThat(improved.score()).isLessThan(greedy.score());
        assertThat(improved.score().medium()).isLessThanOrEqualTo(greedy.score().medium());
        assertThat(reported).last().isEqualTo(improved.score());
        DispatchSettings settings = problem.settings();
        assertThat(new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(), settings.thresholds())
                .validate(problem.network(), problem.requests(), DispatchPlans.of("two threads", improved))
                .violations()).isEmpty();
    }

    @Test
    void refusesNoWorkers() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new DispatchNeighbourhoodSearch(problem(1), Levels.SOFT_AT_KEPT_MEDIUM, 0))
                .withMessageContaining("(0) must be positive");
    }

    private static int[] filled(int length) {
        int[] owners = new int[length];
        Arrays.fill(owners, -1);
        return owners;
    }
}
