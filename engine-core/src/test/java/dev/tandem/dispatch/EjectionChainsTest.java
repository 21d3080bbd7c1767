package dev.tandem.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import dev.tandem.dispatch.internal.DispatchPenalties;
import dev.tandem.dispatch.internal.EjectionChains;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.travel.DriveIndex;

class EjectionChainsTest {

    private static DispatchProblem problem(long seed, int requests) {
        NetworkSnapshot network = NetworkGenerator.generate(
                new GeneratorSpec(15, 10, 60, 7, seed, GeneratorSpec.DEFAULT_AS_OF));
        return DispatchProblem.of(network, RequestGenerator.generate(network, requests, seed),
                DispatchSettings.DEFAULT, DriveIndex.of(network));
    }

    private static Dispatch greedy(DispatchProblem problem) {
        return new GreedyDispatcher().solve(problem, Duration.ofSeconds(1), 1);
    }

    @Test
    void aChainPlacesRequestsThatNoSingleMoveCould() {
        // Seed 8: greedy leaves two priority points unassigned that the optimum places by moving two requests.
        DispatchProblem problem = problem(8, 30);
        Dispatch before = greedy(problem);

        Dispatch after = EjectionChains.improve(before, () -> false);

        assertThat(after.score().hard()).isZero();
        assertThat(after.score().medium()).isLessThan(before.score().medium());
        assertThat(after.assignedCount()).isGreaterThan(before.assignedCount());
    }

    @Test
    void chainsAreJudgedByTheObjectiveGiven() {
        // The same instance as above, judged with unassigned requests free: no chain is worth making.
        DispatchProblem problem = problem(8, 30);
        Dispatch before = greedy(problem);

        Dispatch after = EjectionChains.improve(before, dispatch -> {
            DispatchScore score = dispatch.score();
            return new DispatchScore(score.hard(), 0, score.soft());
        }, () -> false);

        assertThat(after.assignedCount()).isEqualTo(before.assignedCount());
        assertThat(after.score()).isEqualTo(before.score());
    }

    @Test
    void penaltiesWeighedByTheSettingsAreTheScore() {
        DispatchProblem problem = problem(8, 30);
        Dispatch dispatch = greedy(problem);
        DispatchPenalties penalties = DispatchPenalties.of(dispatch);

        assertThat(penalties.score(problem.settings())).isEqualTo(dispatch.score());
        assertThat(penalties.unassignedPriority()).isEqualTo(dispatch.score().medium()).isPositive();
        assertThat(penalties.technicianTripsSquared()).isGreaterThanOrEqualTo(dispatch.assignedCount());
    }

    @Property(tries = 15)
    void neverWorseNeverInfeasibleAndTheSameEachTime(@ForAll @LongRange(min = 1, max = 1_000) long seed) {
        DispatchProblem problem = problem(seed, 25);
        Dispatch before = greedy(problem);

        Dispatch after = EjectionChains.improve(before, () -> false);

        assertThat(after.score()).isLessThanOrEqualTo(before.score());
        assertThat(after.score().hard()).isLessThanOrEqualTo(before.score().hard());
        assertThat(EjectionChains.improve(before, () -> false).score()).isEqualTo(after.score());
    }

    @Test
    void requestsPinnedToATechnicianOrADayStayWhereTheyAre() {
        DispatchProblem plain = problem(8, 30);
        Dispatch first = greedy(plain);
        List<SupportRequest> requests = new ArrayList<>(plain.requests());
        for (int r = 0; r < requests.size(); r++) {
            if (first.isAssigned(r)) {
                requests.set(r, requests.get(r).withPinnedDate(first.start(r).toLocalDate())
                        .withPinnedTechnician(plain.network().technicianAt(first.technician(r)).id()));
            }
        }
        DispatchProblem pinned = DispatchProblem.of(plain.network(), requests, plain.settings(), plain.drives());
        Dispatch before = greedy(pinned);

        Dispatch after = EjectionChains.improve(before, () -> false);

        for (int r = 0; r < requests.size(); r++) {
            if (before.isAssigned(r)) {
                assertThat(after.technician(r)).isEqualTo(before.technician(r));
                assertThat(after.start(r).toLocalDate()).isEqualTo(before.start(r).toLocalDate());
            }
        }
    }

    @Test
    void stopsWhenAsked() {
        Dispatch before = greedy(problem(8, 30));

        assertThat(EjectionChains.improve(before, () -> true).score()).isEqualTo(before.score());
    }
}
