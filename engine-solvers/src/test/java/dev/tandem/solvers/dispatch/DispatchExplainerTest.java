package dev.tandem.solvers.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.model.RequestId;
import dev.tandem.model.TechnicianId;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;

class DispatchExplainerTest {

    private static final DispatchExplainer EXPLAINER = new DispatchExplainer();

    @Test
    void saysWhichRuleBlockedEachNearestCandidateOfAnUnassignedRequest() {
        DispatchProblem problem = LineNetwork.problem(LineNetwork.network());
        Dispatch dispatch = new Dispatch(problem, new int[] {0, Dispatch.UNASSIGNED},
                new OffsetDateTime[] {LineNetwork.tuesdayAt(9), null});

        DispatchExplanation.Unassigned r2 = EXPLAINER.explain(dispatch).unassigned(RequestId.of("R2")).orElseThrow();

        assertThat(r2.candidates()).extracting(DispatchExplanation.Blocked::technician)
                .containsExactly(TechnicianId.of("A1"), TechnicianId.of("B1"), TechnicianId.of("C1"));
        assertThat(r2.candidates()).extracting(DispatchExplanation.Blocked::rules).containsExactly(
                Set.of(BlockingRule.OVERLAP), Set.of(BlockingRule.HOME_OVERLOADED),
                Set.of(BlockingRule.SUPPORT_WINDOW));
        assertThat(r2.candidates().get(0).reason()).isEqualTo("Tech A1 (A1, T2, of Store A), 17 min away, at best"
                + " 2026-12-01 09:00, is away for another request then (R1)");
        assertThat(r2.reason()).startsWith("Request R2 at Store R (priority 5, HV_SYSTEM at T2 or above) is"
                + " unassigned.").contains("Its 3 nearest candidates");
    }

    @Test
    void aTechnicianAlreadyAwayThatDayDoesNotUnderstaffTheirStoreAgain() {
        DispatchProblem problem = LineNetwork.twoOnDutyOneLendable();
        Dispatch dispatch = new Dispatch(problem, new int[] {0, Dispatch.UNASSIGNED},
                new OffsetDateTime[] {LineNetwork.tuesdayAt(8), null});

        DispatchExplanation.Unassigned r2 = EXPLAINER.explain(dispatch).unassigned(RequestId.of("R2")).orElseThrow();

        assertThat(r2.candidates()).extracting(DispatchExplanation.Blocked::technician)
                .containsExactly(TechnicianId.of("B1"), TechnicianId.of("B2"));
        assertThat(r2.candidates().get(0).rules()).as("B1 is lent for R1 already; a second trip keeps B2 at home")
                .isEmpty();
        assertThat(r2.candidates().get(1).rules()).as("B2 would be the second away")
                .contains(BlockingRule.HOME_UNDERSTAFFED);
    }

    @Test
    void saysWhyEachAssignedRequestGotItsTechnician() {
        DispatchProblem problem = LineNetwork.problem(LineNetwork.network());
        // R2 goes to B1, of an overloaded store, though A1 is nearer: A1 is away for R1.
        Dispatch dispatch = new Dispatch(problem, new int[] {0, 3},
                new OffsetDateTime[] {LineNetwork.tuesdayAt(9), LineNetwork.tuesdayAt(9)});

        DispatchExplanation explanation = EXPLAINER.explain(dispatch);
        DispatchExplanation.Assignment r1 = explanation.assignment(RequestId.of("R1")).orElseThrow();
        DispatchExplanation.Assignment r2 = explanation.assignment(RequestId.of("R2")).orElseThrow();

        assertThat(r1.reason()).contains("Tech A1 (A1, T2, of Store A) drives", "candidate 1 by drive time",
                "HQ pays 300.00 CNY", "T2 is the level R1 needs.");
        assertThat(r1.broken()).isEmpty();
        assertThat(r1.nearer()).isEmpty();
        assertThat(r2.reason()).contains("Tech B1 (B1, T3, of Store B)", "candidate 2 by drive time",
                "1 level above", "The nearer candidate: Tech A1", "(R1)");
        assertThat(r2.broken()).singleElement().asString().contains("Store B (B) is overloaded on 2026-12-01");
        assertThat(r2.nearer()).singleElement().extracting(DispatchExplanation.Blocked::rules)
                .isEqualTo(Set.of(BlockingRule.OVERLAP));
    }

    @Test
    void explainsEveryRequestOfASolvedPlan() {
        DispatchProblem problem = DispatchFixtures.small(40, 12L);
        Dispatch dispatch = new TimefoldDispatcher().solve(problem, Duration.ofMillis(700), 1L);

        DispatchExplanation explanation = EXPLAINER.explain(dispatch);

        assertThat(explanation.assignments()).hasSize(dispatch.assignedCount()).allSatisfy(assignment -> {
            assertThat(assignment.reason()).contains(" min (", "HQ pays", " CNY");
            assertThat(assignment.broken()).isEmpty();
        });
        assertThat(explanation.unassigned()).hasSize(problem.requests().size() - dispatch.assignedCount())
                .allSatisfy(unassigned -> {
                    assertThat(unassigned.reason()).contains("is unassigned.");
                    assertThat(unassigned.candidates()).allSatisfy(blocked -> assertThat(blocked.rules())
                            .as(unassigned.reason()).isNotEmpty());
                });
    }
}
