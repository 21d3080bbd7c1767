package dev.tandem.solvers.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Level;
import dev.tandem.model.RequestId;
import dev.tandem.model.Skill;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.TechnicianId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;

class DispatchReplannerTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final TimefoldDispatcher DISPATCHER = new TimefoldDispatcher(
            TimefoldDispatcher.Options.DEFAULT.withMoveCountLimit(5_000));

    @Test
    void aPinnedRequestKeepsItsTechnicianWhenAMoreUrgentOneArrives() {
        DispatchReplanner replanner = lineReplanner();
        assertThat(technicianOf(replanner.plan(), "R1")).contains(TechnicianId.of("A1"));

        Replan replan = replanner.pinRequest(RequestId.of("R1")).addRequest(LineNetwork.request("R2", 5))
                .replan(LIMIT, 1L);

        assertThat(technicianOf(replan.plan(), "R1")).contains(TechnicianId.of("A1"));
        assertThat(technicianOf(replan.plan(), "R2")).isEmpty();
        assertThat(replan.moved()).isEmpty();
        assertThat(replan.newlyAssigned()).isEmpty();
    }

    @Test
    void withoutThePinTheMoreUrgentRequestTakesTheTechnician() {
        DispatchReplanner replanner = lineReplanner();

        Replan replan = replanner.addRequest(LineNetwork.request("R2", 5)).replan(LIMIT, 1L);

        assertThat(technicianOf(replan.plan(), "R2")).contains(TechnicianId.of("A1"));
        assertThat(technicianOf(replan.plan(), "R1")).isEmpty();
        assertThat(replan.moved()).containsExactly(RequestId.of("R1"));
        assertThat(replan.forced()).isEmpty();
        assertThat(replan.newlyAssigned()).containsExactly(RequestId.of("R2"));
        assertThat(replanner.plan()).isSameAs(replan.plan());
    }

    @Test
    void aSickTechniciansRequestIsForcedToAnotherTechnician() {
        NetworkSnapshot network = LineNetwork.network(
                LineNetwork.technician("A4", "A", Level.T2, Skill.HV_SYSTEM, LineNetwork.tuesday()));
        DispatchProblem problem = DispatchProblem.of(network, List.of(LineNetwork.request("R1", 3)),
                dev.tandem.dispatch.DispatchSettings.DEFAULT, dev.tandem.travel.DriveIndex.of(network));
        DispatchReplanner replanner = new DispatchReplanner(DISPATCHER.solve(problem, LIMIT, 1L), DISPATCHER);
        TechnicianId before = technicianOf(replanner.plan(), "R1").orElseThrow();

        Replan replan = replanner.markSick(before).replan(LIMIT, 1L);

        assertThat(technicianOf(replan.plan(), "R1")).isPresent().get().isNotEqualTo(before);
        assertThat(replan.moved()).containsExactly(RequestId.of("R1"));
        assertThat(replan.forced()).containsExactly(RequestId.of("R1"));
        assertThat(replan.plan().problem().network().findTechnician(before).orElseThrow().status())
                .isEqualTo(dev.tandem.model.TechnicianStatus.LEAVE);
    }

    @Test
    void replansAGeneratedDayMovingOnlyWhatTheChangesForce() {
        DispatchProblem problem = DispatchFixtures.small(60, 31L);
        Dispatch published = DISPATCHER.solve(problem, LIMIT, 1L);
        DispatchReplanner replanner = new DispatchReplanner(published, DISPATCHER);
        List<Integer> assigned = IntStream.range(0, 60).filter(published::isAssigned).boxed().toList();
        TechnicianId sick = problem.network().technicianAt(published.technician(assigned.get(0))).id();
        List<RequestId> cancelled = List.of(problem.requests().get(assigned.get(1)).id(),
                problem.requests().get(assigned.get(2)).id());
        for (SupportRequest request : RequestGenerator.generate(problem.network(), 5, 99L)) {
            replanner.addRequest(renamed(request, "N" + request.id().value()));
        }
        cancelled.forEach(replanner::cancelRequest);
        replanner.markSick(sick);

        Replan replan = replanner.replan(LIMIT, 1L);

        Dispatch plan = replan.plan();
        assertThat(plan.score().isFeasible()).isTrue();
        assertThat(plan.problem().requests()).extracting(SupportRequest::id).doesNotContainAnyElementsOf(cancelled)
                .hasSize(63);
        assertThat(IntStream.range(0, 63).filter(plan::isAssigned)
                .mapToObj(r -> plan.problem().network().technicianAt(plan.technician(r)).id())).doesNotContain(sick);
        assertThat(replan.forced()).isNotEmpty().isSubsetOf(replan.moved());
        assertThat(replan.voluntaryMoves()).isLessThanOrEqualTo(3);
        assertThat(moves(published, plan)).isEqualTo(replan.movedCount());
        assertThat(plan.assignedCount()).isGreaterThanOrEqualTo(published.assignedCount() - cancelled.size()
                - replan.forced().size());
    }

    @Test
    void refusesToPinAnUnassignedRequestOrAddAKnownOne() {
        DispatchReplanner replanner = lineReplanner().addRequest(LineNetwork.request("R2", 1));

        assertThatIllegalStateException().isThrownBy(() -> replanner.pinRequest(RequestId.of("R2")))
                .withMessageContaining("R2");
        assertThatIllegalArgumentException().isThrownBy(() -> replanner.addRequest(LineNetwork.request("R1", 1)))
                .withMessageContaining("(R1) is already in the plan");
    }

    /** The line network with only R1, solved: R1 goes to A1, the nearest technician free that day. */
    private static DispatchReplanner lineReplanner() {
        NetworkSnapshot network = LineNetwork.network();
        DispatchProblem problem = DispatchProblem.of(network, List.of(LineNetwork.request("R1", 3)),
                dev.tandem.dispatch.DispatchSettings.DEFAULT, dev.tandem.travel.DriveIndex.of(network));
        return new DispatchReplanner(DISPATCHER.solve(problem, LIMIT, 1L), DISPATCHER);
    }

    private static Optional<TechnicianId> technicianOf(Dispatch plan, String request) {
        List<SupportRequest> requests = plan.problem().requests();
        int r = IntStream.range(0, requests.size()).filter(i -> requests.get(i).id().value().equals(request))
                .findFirst().orElseThrow();
        return plan.isAssigned(r) ? Optional.of(plan.problem().network().technicianAt(plan.technician(r)).id())
                : Optional.empty();
    }

    /** Requests assigned in {@code before} and still requested whose technician or start differs in {@code after}. */
    private static int moves(Dispatch before, Dispatch after) {
        Map<RequestId, Integer> afterIndex = new HashMap<>();
        for (int r = 0; r < after.problem().requests().size(); r++) {
            afterIndex.put(after.problem().requests().get(r).id(), r);
        }
        List<RequestId> moved = new ArrayList<>();
        for (int b = 0; b < before.problem().requests().size(); b++) {
            Integer a = afterIndex.get(before.problem().requests().get(b).id());
            if (a == null || !before.isAssigned(b)) {
                continue;
            }
            boolean same = after.isAssigned(a)
                    && after.problem().network().technicianAt(after.technician(a)).id()
                            .equals(before.problem().network().technicianAt(before.technician(b)).id())
                    && after.start(a).isEqual(before.start(b));
            if (!same) {
                moved.add(before.problem().requests().get(b).id());
            }
        }
        return moved.size();
    }

    private static SupportRequest renamed(SupportRequest request, String id) {
        return new SupportRequest(RequestId.of(id), request.store(), request.skill(), request.minimumLevel(),
                request.earliest(), request.latest(), request.duration(), request.priority(),
                request.pinnedTechnician(), request.pinnedDate(), request.urgent());
    }
}
