package dev.tandem.divert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Money;
import dev.tandem.model.StoreId;
import dev.tandem.model.PlanValidation;

class DiversionPlannerTest {

    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final StoreId SZ = StoreId.of("SZ");
    private static final StoreId DG = StoreId.of("DG");
    private static final StoreId GZ = StoreId.of("GZ");

    @Test
    void computesEachStoresWaitFromItsBookedLoadAgainstItsBays() {
        DiversionProblem problem = DiversionFixtures.problem(DiversionSettings.DEFAULT);

        assertThat(problem.expectedWaitHours(0)).isEqualTo(3.0);
        assertThat(problem.isDiverting(0)).isTrue();
        assertThat(problem.isDiverting(1)).isFalse();
        assertThat(problem.freeMinutes(1)).isEqualTo(6 * 60);
        assertThat(problem.itemCount()).isEqualTo(13);
        // 1 h beyond the threshold × 2 % × 80,000 CNY.
        assertThat(problem.stayCost(0)).isEqualTo(Money.ofYuan(1_600).cents());
    }

    @Test
    void offersTheBodyPaintCustomersTheNearestStoreWithTheSkillAndRoom() {
        DiversionProblem problem = DiversionFixtures.problem(DiversionSettings.DEFAULT);

        DiversionPlan plan = DiversionPlanner.greedy().plan(problem, LIMIT, 1L);

        assertThat(plan.offers()).extracting(Offer::job).containsExactly(JobId.of("SZ-BP1"), JobId.of("SZ-BP2"));
        assertThat(plan.offers()).allSatisfy(offer -> {
            assertThat(offer.to()).isEqualTo(DG);
            assertThat(offer.reason()).matches("Dongguan: 1[78] min away, 6 bay-hours free, saves an expected 3.0 h "
                    + "wait");
            assertThat(offer.coupon()).isEqualTo(Money.ofYuan(200));
            assertThat(offer.acceptance()).isBetween(0.8, 0.82);
            assertThat(offer.expectedCost()).isLessThan(Money.ofYuan(1_600));
        });
        assertThat(plan.feasible()).isTrue();
    }

    @Test
    void saysWhyTheOthersWait() {
        DiversionPlan plan = DiversionPlanner.greedy().plan(DiversionFixtures.problem(DiversionSettings.DEFAULT),
                LIMIT, 1L);

        assertThat(plan.stays()).hasSize(11).allSatisfy(stay -> {
            assertThat(stay.store()).isEqualTo(SZ);
            assertThat(stay.expectedWaitHours()).isEqualTo(3.0);
            assertThat(stay.reason()).isEqualTo("no store within 60 min has HV_SYSTEM on duty and 2 bay-hours free");
        });
        assertThat(plan.expectedCost()).isEqualTo(plan.offers().stream().map(Offer::expectedCost)
                .reduce(Money.ofYuan(1_600).times(11), Money::plus));
    }

    @Test
    void proposesAFallbackWithRoomForEachLikelyRefusal() {
        DiversionSettings settings = new DiversionSettings(Duration.ofHours(2), Money.ofYuan(200), Money.ofCents(250),
                Money.ofYuan(30), Money.ofYuan(80_000), 0.02, 2.0, 2.0, 10.0, 10, 0.70, 0.05, 0.10, 0.1, 2);

        DiversionPlan plan = DiversionPlanner.greedy().plan(DiversionFixtures.problem(settings), LIMIT, 1L);

        assertThat(plan.offers()).allSatisfy(offer -> assertThat(offer.fallback()).hasValueSatisfying(fallback -> {
            assertThat(fallback.to()).isEqualTo(GZ);
            assertThat(fallback.reason()).startsWith("Guangzhou: ");
        }));
        assertThat(new DiversionPlanValidator(settings).validate(DiversionFixtures.network(), DiversionFixtures.jobs(),
                plan).violations()).isEmpty();
    }

    @Test
    void plansPassTheValidatorAndABrokenPlanDoesNot() {
        DiversionPlan plan = DiversionPlanner.greedy().plan(DiversionFixtures.problem(DiversionSettings.DEFAULT),
                LIMIT, 1L);
        DiversionPlanValidator validator = new DiversionPlanValidator(DiversionSettings.DEFAULT);
        Offer good = plan.offers().get(0);
        Offer toFoshan = new Offer(JobId.of("SZ-HV01"), SZ, StoreId.of("FS"), 53, 40, 2, Money.ofYuan(200),
                Money.ofYuan(100), 0.5, 3, Money.ofYuan(500), "Foshan", java.util.Optional.empty());
        DiversionPlan broken = new DiversionPlan("test", List.of(good, good, toFoshan), plan.stays(), Map.of(),
                plan.expectedCost(), true);

        assertThat(validator.validate(DiversionFixtures.network(), DiversionFixtures.jobs(), plan).violations())
                .isEmpty();
        PlanValidation verdict = validator.validate(DiversionFixtures.network(), DiversionFixtures.jobs(), broken);
        assertThat(verdict.violations()).contains("job SZ-BP1 appears more than once",
                "offer SZ-HV01: FS has nobody with HV_SYSTEM on duty", "job SZ-HV01 appears more than once");
        assertThat(verdict.violations()).anyMatch(line -> line.startsWith("offer SZ-HV01: a ride voucher of 100.00"));
    }

    @Test
    void replansIncrementallyAsCustomersAnswer() {
        DiversionProblem problem = DiversionFixtures.problem(DiversionSettings.DEFAULT);
        DiversionPlanner planner = DiversionPlanner.greedy();
        DiversionPlan first = planner.plan(problem, LIMIT, 1L);

        DiversionProblem answered = problem.withAnswers(first,
                Map.of(JobId.of("SZ-BP1"), Answer.ACCEPTED, JobId.of("SZ-BP2"), Answer.REFUSED));
        DiversionPlan second = planner.replan(answered, first, LIMIT, 1L);

        assertThat(answered.committed()).containsExactly(Map.entry(JobId.of("SZ-BP1"), DG));
        assertThat(answered.freeMinutes(1)).isEqualTo(4 * 60);
        // Shenzhen now books 24 h on 20: still a 2 h wait is not beyond the threshold, so nobody else is offered.
        assertThat(answered.expectedWaitHours(0)).isEqualTo(2.0);
        assertThat(second.offers()).isEmpty();
        assertThat(new DiversionPlanValidator(DiversionSettings.DEFAULT).validate(answered.network(),
                answered.jobs(), second).violations()).isEmpty();
    }

    @Test
    void aRefusedStoreIsNotOfferedAgain() {
        DiversionProblem problem = DiversionFixtures.problem(DiversionSettings.DEFAULT);
        DiversionPlanner planner = DiversionPlanner.greedy();
        DiversionPlan first = planner.plan(problem, LIMIT, 1L);

        DiversionProblem answered = problem.withAnswers(first, Map.of(JobId.of("SZ-BP2"), Answer.REFUSED));
        DiversionPlan second = planner.replan(answered, first, LIMIT, 1L);

        assertThat(second.offers()).extracting(Offer::job, Offer::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(JobId.of("SZ-BP1"), DG),
                        org.assertj.core.groups.Tuple.tuple(JobId.of("SZ-BP2"), GZ));
    }

    @Test
    void rejectsDuplicateJobIds() {
        var network = DiversionFixtures.network();
        List<Job> twice = List.of(Job.walkIn("J1", "SZ", 1, dev.tandem.model.Skill.GENERAL),
                Job.walkIn("J1", "DG", 1, dev.tandem.model.Skill.GENERAL));

        assertThatIllegalArgumentException().isThrownBy(() -> DiversionProblem.of(network, twice,
                DiversionSettings.DEFAULT, dev.tandem.travel.DriveIndex.of(network)))
                .withMessage("The job id (J1) is used twice.");
    }
}
