package dev.tandem.solvers.dispatch.internal.solver;

import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.MONDAY;
import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.SATURDAY;
import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.TUESDAY;
import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.WEDNESDAY;
import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.at;
import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.candidate;
import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.request;
import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.store;
import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.technician;
import static dev.tandem.solvers.dispatch.internal.solver.ConstraintFixtures.window;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import dev.tandem.solvers.ConstraintCoverage;
import dev.tandem.solvers.ConstraintCoverage.Exercises;

import dev.tandem.model.Level;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.LendingStore;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;

/**
 * Each constraint of {@link TechnicianDispatchConstraints} alone: a case where it has no impact, a weighted case
 * ({@code penalizesBy}) and its justification text. The guard at the end checks that every constraint the
 * provider defines has its nested class here with the three kinds of test.
 */
class TechnicianDispatchConstraintsTest {

    private static final ConstraintVerifier<TechnicianDispatchConstraints, DispatchSchedule> VERIFIER =
            ConstraintVerifier.build(new TechnicianDispatchConstraints(), DispatchSchedule.class,
                    RequestAssignment.class);

    private static final LendingStore STORE_1 = store(1, 5, 1);
    private static final LendingStore STORE_2 = store(2, 5, 1);
    private static final DispatchTechnician LI = technician(1, "Li Wei", STORE_1, Level.T2);
    private static final DispatchTechnician WANG = technician(2, "Wang Fang", STORE_2, Level.T2);
    private static final String LI_TEXT = "Li Wei (T001, T2, of Store 1)";

    @Nested
    @Exercises(TechnicianDispatchConstraints.SKILL_AND_LEVEL)
    class SkillAndLevel {

        private final DispatchTechnician junior = technician(3, "Zhao Lei", STORE_1, Level.T1);

        @Test
        void zeroWhenQualified() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::skillAndLevel)
                    .given(request("R1").candidates(LI).at(TUESDAY, 9)).hasNoImpact();
        }

        @Test
        void penalizesEachUnqualifiedTrip() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::skillAndLevel)
                    .given(request("R1").candidates(candidate(junior, 0, 30, 25, 300, 0, false)).at(TUESDAY, 9),
                            request("R2").candidates(candidate(junior, 0, 30, 25, 300, 0, false)).at(WEDNESDAY, 9),
                            request("R3").candidates(LI).at(TUESDAY, 9))
                    .penalizesBy(2);
        }

        @Test
        void justifiesWithTheSkillsAndLevels() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::skillAndLevel)
                    .given(request("R1").candidates(candidate(junior, 0, 30, 25, 300, 0, false)).at(TUESDAY, 9))
                    .justifiesWith(new RuleJustification(RequestId.of("R1"), TechnicianId.of("T003"),
                            "Zhao Lei (T003, T1, of Store 1) has HV_SYSTEM; request R1 at Store 9 needs HV_SYSTEM"
                                    + " at T2 or above."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.SUPPORT_WINDOW)
    class SupportWindow {

        private final DispatchTechnician afternoons = technician(3, "Zhao Lei", STORE_1, Level.T2,
                TechnicianStatus.ON_DUTY, window(TUESDAY, 13, 18), window(WEDNESDAY, 13, 18));

        @Test
        void zeroWhenTheWindowCoversTheDriveAndTheWorkExactly() {
            // Leaves at 13:00 sharp, works 14:00 to 18:00 sharp: the drive back may run past the window.
            VERIFIER.verifyThat(TechnicianDispatchConstraints::supportWindow)
                    .given(request("R1").candidates(candidate(afternoons, 0, 60, 50, 500, 0, true))
                            .at(TUESDAY, 14))
                    .hasNoImpact();
        }

        @Test
        void penalizesEachTripOutsideAWindow() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::supportWindow)
                    .given(request("R1").candidates(afternoons).at(TUESDAY, 13),
                            request("R2").candidates(afternoons).at(WEDNESDAY, 15),
                            request("R3").candidates(afternoons).at(MONDAY, 14))
                    .penalizesBy(3);
        }

        @Test
        void justifiesWithTheTimeAway() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::supportWindow)
                    .given(request("R1").candidates(afternoons).at(TUESDAY, 13))
                    .justifiesWith(new RuleJustification(RequestId.of("R1"), TechnicianId.of("T003"),
                            "Zhao Lei (T003, T2, of Store 1) has no support window covering the drive and the"
                                    + " work of request R1 at Store 9, 2026-12-01 12:30-17:00."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.LEAD_TIME)
    class LeadTime {

        @Test
        void zeroWhenBookedAheadOrUrgent() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::leadTime)
                    .given(request("R1").candidates(LI).at(MONDAY, 9),
                            request("R2").candidates(LI).urgent().at(SATURDAY, 9))
                    .hasNoImpact();
        }

        @Test
        void penalizesEachTripBookedTooLate() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::leadTime)
                    .given(request("R1").candidates(LI).at(SATURDAY, 9),
                            request("R2").candidates(WANG).at(SATURDAY.plusDays(1), 12))
                    .penalizesBy(2);
        }

        @Test
        void justifiesWithTheFirstDayBookedFarEnoughAhead() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::leadTime)
                    .given(request("R1").candidates(LI).at(SATURDAY, 9))
                    .justifiesWith(new RuleJustification(RequestId.of("R1"), TechnicianId.of("T001"),
                            "Request R1 at Store 9 is not urgent but starts on 2026-11-28, before 2026-11-30, the"
                                    + " first day booked far enough ahead."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.HOME_OVERLOADED)
    class HomeOverloaded {

        private final LendingStore busy = store(3, 5, 1, TUESDAY);
        private final DispatchTechnician zhao = technician(3, "Zhao Lei", busy, Level.T2);

        @Test
        void zeroOnADayTheHomeStoreIsNotOverloaded() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::homeOverloaded)
                    .given(request("R1").candidates(zhao).at(WEDNESDAY, 9), request("R2").candidates(LI)
                            .at(TUESDAY, 9))
                    .hasNoImpact();
        }

        @Test
        void penalizesEachTripFromAnOverloadedStore() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::homeOverloaded)
                    .given(request("R1").candidates(zhao).at(TUESDAY, 8),
                            request("R2").candidates(zhao).at(TUESDAY, 14))
                    .penalizesBy(2);
        }

        @Test
        void justifiesWithTheStoreAndDay() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::homeOverloaded)
                    .given(request("R1").candidates(zhao).at(TUESDAY, 9))
                    .justifiesWith(new RuleJustification(RequestId.of("R1"), TechnicianId.of("T003"),
                            "Store 3 (S3) is overloaded on 2026-12-01 and lends nobody that day, yet Zhao Lei"
                                    + " (T003, T2, of Store 3) goes to request R1 at Store 9."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.OVERLAPPING_TRIPS)
    class OverlappingTrips {

        @Test
        void zeroForBackToBackTripsAndForTwoTechnicians() {
            // R1 is back home at 13:30; R2 leaves at 13:30.
            VERIFIER.verifyThat(TechnicianDispatchConstraints::overlappingTrips)
                    .given(request("R1").candidates(LI).at(TUESDAY, 9),
                            request("R2").candidates(LI).at(TUESDAY, 14),
                            request("R3").candidates(WANG).at(TUESDAY, 9))
                    .hasNoImpact();
        }

        @Test
        void penalizesEachOverlappingPair() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::overlappingTrips)
                    .given(request("R1").candidates(LI).at(TUESDAY, 9),
                            request("R2").candidates(LI).at(TUESDAY, 11),
                            request("R3").candidates(LI).at(TUESDAY, 13))
                    .penalizesBy(3);
        }

        @Test
        void justifiesWithBothTimesAway() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::overlappingTrips)
                    .given(request("R1").candidates(LI).at(TUESDAY, 9),
                            request("R2").candidates(LI).at(TUESDAY, 11))
                    .justifiesWith(new OverlapJustification(TechnicianId.of("T001"), RequestId.of("R1"),
                            RequestId.of("R2"), LI_TEXT + " would be away for R1 (2026-12-01 08:30-13:30) and for R2"
                                    + " (2026-12-01 10:30-15:30) at once."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.HOME_UNDERSTAFFED)
    class HomeUnderstaffed {

        private final LendingStore small = store(3, 2, 1);
        private final LendingStore strict = store(4, 3, 3);
        private final DispatchTechnician zhao = technician(3, "Zhao Lei", small, Level.T2);
        private final DispatchTechnician sun = technician(4, "Sun Li", small, Level.T2);
        private final DispatchTechnician offDuty = technician(5, "Zhou Min", small, Level.T2,
                TechnicianStatus.OFF, window(TUESDAY, 8, 18));
        private final DispatchTechnician chen = technician(6, "Chen Jie", strict, Level.T2);
        private final DispatchTechnician yang = technician(7, "Yang Bo", strict, Level.T2);

        @Test
        void zeroWhileEnoughStayOnDutyOrTheTripsAreOnOtherDays() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::homeUnderstaffed)
                    .given(request("R1").candidates(zhao).at(TUESDAY, 9),
                            request("R2").candidates(sun).at(WEDNESDAY, 9),
                            request("R3").candidates(offDuty).at(TUESDAY, 9))
                    .hasNoImpact();
        }

        @Test
        void countsTechniciansAwayNotTrips() {
            // Zhao makes two trips on Tuesday: one technician away, so small keeps Sun, its minimum of 1.
            VERIFIER.verifyThat(TechnicianDispatchConstraints::homeUnderstaffed)
                    .given(request("R1").candidates(zhao).at(TUESDAY, 9),
                            request("R2").candidates(zhao).at(TUESDAY, 14))
                    .hasNoImpact();
        }

        @Test
        void penalizesEachTechnicianBelowTheMinimumOncePerTechnician() {
            // Small lends Zhao (twice) and Sun: 2 of 2 away, 1 below its minimum, however many trips they make.
            VERIFIER.verifyThat(TechnicianDispatchConstraints::homeUnderstaffed)
                    .given(request("R1").candidates(zhao).at(TUESDAY, 9),
                            request("R2").candidates(zhao).at(TUESDAY, 14),
                            request("R3").candidates(sun).at(TUESDAY, 9))
                    .penalizesBy(1);
        }

        @Test
        void penalizesEachTechnicianBelowTheMinimum() {
            // Small lends 2 of 2 (1 below its minimum of 1); strict lends 2 of 3 (2 below its minimum of 3).
            VERIFIER.verifyThat(TechnicianDispatchConstraints::homeUnderstaffed)
                    .given(request("R1").candidates(zhao).at(TUESDAY, 9),
                            request("R2").candidates(sun).at(TUESDAY, 9),
                            request("R3").candidates(chen).at(WEDNESDAY, 9),
                            request("R4").candidates(yang).at(WEDNESDAY, 9))
                    .penalizesBy(3);
        }

        @Test
        void justifiesWithTheStoreDayAndCounts() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::homeUnderstaffed)
                    .given(request("R1").candidates(zhao).at(TUESDAY, 9),
                            request("R2").candidates(sun).at(TUESDAY, 9))
                    .justifiesWith(new UnderstaffedJustification(StoreId.of("S3"), TUESDAY, 2, 1,
                            "Store 3 (S3) lends 2 of its 2 technicians on duty on 2026-12-01 and keeps 0 at home,"
                                    + " 1 below its minimum of 1."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.UNASSIGNED)
    class Unassigned {

        @Test
        void zeroWhenEveryRequestIsAssigned() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::unassigned)
                    .given(request("R1").candidates(LI).at(TUESDAY, 9)).hasNoImpact();
        }

        @Test
        void penalizesThePrioritiesOfUnassignedRequests() {
            // A technician without a start is unassigned too.
            RequestAssignment noStart = request("R3").priority(1).candidates(LI).unassigned();
            noStart.setTechnician(LI);
            VERIFIER.verifyThat(TechnicianDispatchConstraints::unassigned)
                    .given(request("R1").priority(5).candidates(LI).unassigned(),
                            request("R2").priority(2).candidates(LI).unassigned(), noStart,
                            request("R4").priority(4).candidates(WANG).at(TUESDAY, 9))
                    .penalizesBy(8);
        }

        @Test
        void justifiesWithThePriorityAndNeed() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::unassigned)
                    .given(request("R1").priority(5).candidates(LI).unassigned())
                    .justifiesWith(new UnassignedJustification(RequestId.of("R1"), 5,
                            "Request R1 at Store 9 (priority 5, HV_SYSTEM at T2 or above) is unassigned."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.TRIP_COST)
    class TripCost {

        @Test
        void zeroWithoutTrips() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::tripCost)
                    .given(request("R1").candidates(LI).unassigned()).hasNoImpact();
        }

        @Test
        void penalizesTheCostOfEachTripInFen() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::tripCost)
                    .given(request("R1").candidates(candidate(LI, 0, 30, 25, 300, 0, true)).at(TUESDAY, 9),
                            request("R2").candidates(candidate(WANG, 4, 150, 180, 788, 0, true)).at(TUESDAY, 9))
                    .penalizesBy(108_800L);
        }

        @Test
        void justifiesWithTheDriveAndTheCost() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::tripCost)
                    .given(request("R1").candidates(candidate(WANG, 4, 150, 180, 788, 0, true)).at(TUESDAY, 9))
                    .justifiesWith(new TripCostJustification(RequestId.of("R1"), TechnicianId.of("T002"), 150,
                            180.0, 78_800, 4, "Wang Fang (T002, T2, of Store 2) drives 150 min (180.0 km) to"
                                    + " request R1 at Store 9, candidate 5 by drive time; HQ pays 788.00 CNY."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.OVER_QUALIFICATION)
    class OverQualification {

        private final DispatchTechnician expert = technician(3, "Zhao Lei", STORE_1, Level.T3);

        @Test
        void zeroAtTheLevelNeeded() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::overQualification)
                    .given(request("R1").candidates(LI).at(TUESDAY, 9)).hasNoImpact();
        }

        @Test
        void penalizesEachLevelAboveTheMinimum() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::overQualification)
                    .given(request("R1").minimum(Level.T1).candidates(candidate(expert, 0, 30, 25, 300, 2, true))
                                    .at(TUESDAY, 9),
                            request("R2").candidates(candidate(expert, 0, 30, 25, 300, 1, true)).at(WEDNESDAY, 9))
                    .penalizesBy(3);
        }

        @Test
        void justifiesWithTheLevels() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::overQualification)
                    .given(request("R1").minimum(Level.T1).candidates(candidate(expert, 0, 30, 25, 300, 2, true))
                            .at(TUESDAY, 9))
                    .justifiesWith(new OverQualificationJustification(RequestId.of("R1"), TechnicianId.of("T003"),
                            Level.T3, Level.T1, "Zhao Lei (T003, T3, of Store 1) is sent where request R1 at Store 9"
                                    + " needs only T1: 2 levels above."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.TECHNICIAN_FAIRNESS)
    class TechnicianFairness {

        @Test
        void zeroWithoutTrips() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::technicianFairness)
                    .given(request("R1").candidates(LI).unassigned()).hasNoImpact();
        }

        @Test
        void penalizesTheSquareOfEachTechniciansTrips() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::technicianFairness)
                    .given(request("R1").candidates(LI).at(MONDAY, 9), request("R2").candidates(LI).at(TUESDAY, 9),
                            request("R3").candidates(LI).at(WEDNESDAY, 9),
                            request("R4").candidates(WANG).at(TUESDAY, 9))
                    .penalizesBy(10);
        }

        @Test
        void justifiesWithTheTrips() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::technicianFairness)
                    .given(request("R1").candidates(LI).at(MONDAY, 9), request("R2").candidates(LI).at(TUESDAY, 9))
                    .justifiesWith(new FairnessJustification("T001", 2, LI_TEXT + " makes 2 trips, charged as 2²."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.STORE_FAIRNESS)
    class StoreFairness {

        private final DispatchTechnician zhao = technician(3, "Zhao Lei", STORE_1, Level.T2);

        @Test
        void zeroWithoutTrips() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::storeFairness)
                    .given(request("R1").candidates(LI).unassigned()).hasNoImpact();
        }

        @Test
        void penalizesTheSquareOfEachStoresTrips() {
            // Store 1 lends Li twice and Zhao once: 3² = 9; store 2 lends Wang once: 1.
            VERIFIER.verifyThat(TechnicianDispatchConstraints::storeFairness)
                    .given(request("R1").candidates(LI).at(MONDAY, 9), request("R2").candidates(LI).at(TUESDAY, 9),
                            request("R3").candidates(zhao).at(TUESDAY, 9),
                            request("R4").candidates(WANG).at(TUESDAY, 9))
                    .penalizesBy(10);
        }

        @Test
        void justifiesWithTheTrips() {
            VERIFIER.verifyThat(TechnicianDispatchConstraints::storeFairness)
                    .given(request("R1").candidates(LI).at(MONDAY, 9), request("R2").candidates(zhao).at(TUESDAY, 9))
                    .justifiesWith(new FairnessJustification("S1", 2,
                            "Store 1 (S1) lends technicians for 2 trips, charged as 2²."));
        }
    }

    @Nested
    @Exercises(TechnicianDispatchConstraints.MOVED)
    class Moved {

        @Test
        void zeroWhenUnchangedOrNeverPublished() {
            RequestAssignment kept = request("R1").candidates(LI, WANG).at(TUESDAY, 9);
            kept.publish(LI, at(TUESDAY, 9));
            VERIFIER.verifyThat(TechnicianDispatchConstraints::moved)
                    .given(kept, request("R2").candidates(LI).at(WEDNESDAY, 9),
                            request("R3").candidates(LI).unassigned())
                    .hasNoImpact();
        }

        @Test
        void penalizesEachMovedOrDroppedAssignment() {
            RequestAssignment otherTechnician = request("R1").candidates(LI, WANG).at(TUESDAY, 9);
            otherTechnician.publish(WANG, at(TUESDAY, 9));
            RequestAssignment otherHour = request("R2").candidates(LI).at(TUESDAY, 10);
            otherHour.publish(LI, at(TUESDAY, 9));
            RequestAssignment dropped = request("R3").candidates(LI).unassigned();
            dropped.publish(LI, at(WEDNESDAY, 9));
            VERIFIER.verifyThat(TechnicianDispatchConstraints::moved)
                    .given(otherTechnician, otherHour, dropped).penalizesBy(3);
        }

        @Test
        void justifiesWithBeforeAndAfter() {
            RequestAssignment moved = request("R1").candidates(WANG, LI).at(TUESDAY, 10);
            moved.publish(LI, at(TUESDAY, 9));
            VERIFIER.verifyThat(TechnicianDispatchConstraints::moved)
                    .given(moved)
                    .justifiesWith(new MovedJustification(RequestId.of("R1"), "Request R1 at Store 9 moves from "
                            + LI_TEXT + " at 2026-12-01 09:00 to Wang Fang (T002, T2, of Store 2) at 2026-12-01"
                            + " 10:00."));
        }
    }

    @Test
    void everyConstraintIsExercisedByAZeroAWeightedAndAJustificationTest() {
        ConstraintCoverage.assertEveryConstraintIsExercised(getClass(), DispatchSchedule.class, RequestAssignment.class,
                TechnicianDispatchConstraints.class, new DispatchSchedule(List.of(), List.of(), List.of(), List.of()));
    }
}
