package dev.tandem.solvers.dispatch.internal.solver;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import dev.tandem.model.RequestId;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.solvers.dispatch.DispatchRules;
import dev.tandem.solvers.dispatch.Weight;
import dev.tandem.solvers.dispatch.internal.domain.Candidate;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.LendingStore;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;

/**
 * The rules of technician support dispatch (SOP 2) as constraint streams, the same objective as
 * {@link dev.tandem.dispatch.Dispatch#score()}: with the weights of {@link #weightsFor(DispatchSettings)} the score of
 * an assignment is {@code (-hard, -medium, -soft)} of that method's score.
 *
 * <ul>
 *   <li>Hard, one per violation: {@value #SKILL_AND_LEVEL}, {@value #SUPPORT_WINDOW}, {@value #LEAD_TIME},
 *       {@value #HOME_OVERLOADED}, {@value #OVERLAPPING_TRIPS} (per pair), {@value #HOME_UNDERSTAFFED} (per
 *       technician below the minimum; a technician away on several trips of a day counts once).</li>
 *   <li>Medium: {@value #UNASSIGNED}, by priority.</li>
 *   <li>Soft, in fen: {@value #TRIP_COST}, {@value #OVER_QUALIFICATION} (levels × the price of a level),
 *       {@value #TECHNICIAN_FAIRNESS} and {@value #STORE_FAIRNESS} (trips² × the price of fairness), and
 *       {@value #MOVED} when replanning (zero otherwise).</li>
 * </ul>
 *
 * <p>Every weight can be overridden at run time with {@link ConstraintWeightOverrides} on the solution; the
 * defaults here are those of {@link DispatchSettings#DEFAULT}. The names are those of {@link DispatchRules}, the
 * API hosts name the rules by.
 */
public final class TechnicianDispatchConstraints implements ConstraintProvider {

    public static final String SKILL_AND_LEVEL = DispatchRules.SKILL_AND_LEVEL;
    public static final String SUPPORT_WINDOW = DispatchRules.SUPPORT_WINDOW;
    public static final String LEAD_TIME = DispatchRules.LEAD_TIME;
    public static final String HOME_OVERLOADED = DispatchRules.HOME_OVERLOADED;
    public static final String OVERLAPPING_TRIPS = DispatchRules.OVERLAPPING_TRIPS;
    public static final String HOME_UNDERSTAFFED = DispatchRules.HOME_UNDERSTAFFED;
    public static final String UNASSIGNED = DispatchRules.UNASSIGNED;
    public static final String TRIP_COST = DispatchRules.TRIP_COST;
    public static final String OVER_QUALIFICATION = DispatchRules.OVER_QUALIFICATION;
    public static final String TECHNICIAN_FAIRNESS = DispatchRules.TECHNICIAN_FAIRNESS;
    public static final String STORE_FAIRNESS = DispatchRules.STORE_FAIRNESS;
    public static final String MOVED = DispatchRules.MOVED;

    /** {@link DispatchRules#MOVED_WEIGHT} as a score. */
    public static final HardMediumSoftLongScore MOVED_WEIGHT = score(DispatchRules.MOVED_WEIGHT);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                skillAndLevel(factory),
                supportWindow(factory),
                leadTime(factory),
                homeOverloaded(factory),
                overlappingTrips(factory),
                homeUnderstaffed(factory),
                // Medium
                unassigned(factory),
                // Soft
                tripCost(factory),
                overQualification(factory),
                technicianFairness(factory),
                storeFairness(factory),
                moved(factory)
        };
    }

    /**
     * The weights that make the score equal {@link dev.tandem.dispatch.Dispatch#score()} under {@code settings}: the
     * price of a level of over-qualification and of fairness come from the settings.
     */
    public static ConstraintWeightOverrides<HardMediumSoftLongScore> weightsFor(DispatchSettings settings) {
        return weightsFor(DispatchRules.defaultWeights(settings));
    }

    /** {@code weights}, by rule name, as Timefold's overrides; a rule not named keeps its weight here. */
    public static ConstraintWeightOverrides<HardMediumSoftLongScore> weightsFor(Map<String, Weight> weights) {
        Map<String, HardMediumSoftLongScore> overrides = new LinkedHashMap<>();
        weights.forEach((name, weight) -> overrides.put(name, score(weight)));
        return ConstraintWeightOverrides.of(overrides);
    }

    /** A weight as Timefold's score of one unit of penalty. */
    public static HardMediumSoftLongScore score(Weight weight) {
        return HardMediumSoftLongScore.of(weight.hard(), weight.medium(), weight.soft());
    }

    // ************************************************************************
    // Hard constraints
    // ************************************************************************

    Constraint skillAndLevel(ConstraintFactory factory) {
        return factory.forEach(RequestAssignment.class)
                .filter(assignment -> !assignment.isQualified())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((assignment, score) -> rule(assignment, String.format(
                        "%s has %s; %s needs %s at %s or above.", Texts.technician(assignment.getTechnician()),
                        Texts.skills(assignment.getTechnician()), Texts.request(assignment),
                        assignment.getRequest().skill(), assignment.getRequest().minimumLevel())))
                .asConstraint(SKILL_AND_LEVEL);
    }

    Constraint supportWindow(ConstraintFactory factory) {
        return factory.forEach(RequestAssignment.class)
                .filter(assignment -> !assignment.isInsideSupportWindow())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((assignment, score) -> rule(assignment, String.format(
                        "%s has no support window covering the drive and the work of %s, %s.",
                        Texts.technician(assignment.getTechnician()), Texts.request(assignment),
                        Texts.driveAndWork(assignment))))
                .asConstraint(SUPPORT_WINDOW);
    }

    Constraint leadTime(ConstraintFactory factory) {
        return factory.forEach(RequestAssignment.class)
                .filter(assignment -> !assignment.respectsLeadTime())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((assignment, score) -> rule(assignment, String.format(
                        "%s is not urgent but starts on %s, before %s, the first day booked far enough ahead.",
                        capitalized(Texts.request(assignment)), assignment.getStart().getDay(),
                        assignment.getFirstDayAfterLeadTime())))
                .asConstraint(LEAD_TIME);
    }

    Constraint homeOverloaded(ConstraintFactory factory) {
        return factory.forEach(RequestAssignment.class)
                .filter(RequestAssignment::isHomeOverloaded)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((assignment, score) -> rule(assignment, String.format(
                        "%s is overloaded on %s and lends nobody that day, yet %s goes to %s.",
                        assignment.getTechnician().getHome(), assignment.getStart().getDay(),
                        Texts.technician(assignment.getTechnician()), Texts.request(assignment))))
                .asConstraint(HOME_OVERLOADED);
    }

    Constraint overlappingTrips(ConstraintFactory factory) {
        return factory.forEachUniquePair(RequestAssignment.class,
                        Joiners.equal(RequestAssignment::getTechnician),
                        Joiners.overlapping(RequestAssignment::departure, RequestAssignment::back))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((first, second, score) -> new OverlapJustification(
                        first.getTechnician().getId(), first.getRequest().id(), second.getRequest().id(),
                        String.format("%s would be away for %s (%s) and for %s (%s) at once.",
                                Texts.technician(first.getTechnician()), first.getId(), Texts.away(first),
                                second.getId(), Texts.away(second))))
                .asConstraint(OVERLAPPING_TRIPS);
    }

    Constraint homeUnderstaffed(ConstraintFactory factory) {
        return factory.forEach(RequestAssignment.class)
                .filter(assignment -> assignment.getTechnician().isOnDuty())
                // Technicians away, not trips: one technician making two trips on a day is one fewer at home.
                .groupBy(assignment -> assignment.getTechnician().getHome(),
                        assignment -> assignment.getStart().getDay(),
                        ConstraintCollectors.countDistinct(RequestAssignment::getTechnician))
                .filter((store, day, lent) -> store.shortfall(lent) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (store, day, lent) -> store.shortfall(lent))
                .justifyWith((store, day, lent, score) -> understaffed(store, day, lent))
                .asConstraint(HOME_UNDERSTAFFED);
    }

    // ************************************************************************
    // Medium constraints
    // ************************************************************************

    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(RequestAssignment.class)
                .filter(assignment -> !assignment.isAssigned())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, RequestAssignment::getPriority)
                .justifyWith((assignment, score) -> new UnassignedJustification(assignment.getRequest().id(),
                        assignment.getPriority(), String.format("%s (priority %d, %s at %s or above) is unassigned.",
                                capitalized(Texts.request(assignment)), assignment.getPriority(),
                                assignment.getRequest().skill(), assignment.getRequest().minimumLevel())))
                .asConstraint(UNASSIGNED);
    }

    // ************************************************************************
    // Soft constraints
    // ************************************************************************

    Constraint tripCost(ConstraintFactory factory) {
        return factory.forEach(RequestAssignment.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, assignment -> assignment.getCandidate().tripCost())
                .justifyWith((assignment, score) -> tripCostOf(assignment))
                .asConstraint(TRIP_COST);
    }

    Constraint overQualification(ConstraintFactory factory) {
        return factory.forEach(RequestAssignment.class)
                .filter(assignment -> assignment.getCandidate().levelsAbove() > 0)
                .penalize(HardMediumSoftLongScore.ofSoft(
                                DispatchSettings.DEFAULT.overQualificationPerLevel().cents()),
                        assignment -> assignment.getCandidate().levelsAbove())
                .justifyWith((assignment, score) -> new OverQualificationJustification(
                        assignment.getRequest().id(), assignment.getTechnician().getId(),
                        assignment.getTechnician().getLevel(), assignment.getRequest().minimumLevel(),
                        String.format("%s is sent where %s needs only %s: %d level%s above.",
                                Texts.technician(assignment.getTechnician()), Texts.request(assignment),
                                assignment.getRequest().minimumLevel(), assignment.getCandidate().levelsAbove(),
                                assignment.getCandidate().levelsAbove() == 1 ? "" : "s")))
                .asConstraint(OVER_QUALIFICATION);
    }

    Constraint technicianFairness(ConstraintFactory factory) {
        return factory.forEach(RequestAssignment.class)
                .groupBy(RequestAssignment::getTechnician, ConstraintCollectors.count())
                .penalizeLong(HardMediumSoftLongScore.ofSoft(DispatchSettings.DEFAULT.fairnessPerTrip().cents()),
                        (technician, trips) -> (long) trips * trips)
                .justifyWith((technician, trips, score) -> new FairnessJustification(technician.getId().value(),
                        trips, String.format("%s makes %d trip%s, charged as %d².", Texts.technician(technician),
                                trips, trips == 1 ? "" : "s", trips)))
                .asConstraint(TECHNICIAN_FAIRNESS);
    }

    Constraint storeFairness(ConstraintFactory factory) {
        return factory.forEach(RequestAssignment.class)
                .groupBy(assignment -> assignment.getTechnician().getHome(), ConstraintCollectors.count())
                .penalizeLong(HardMediumSoftLongScore.ofSoft(DispatchSettings.DEFAULT.fairnessPerTrip().cents()),
                        (store, trips) -> (long) trips * trips)
                .justifyWith((store, trips, score) -> new FairnessJustification(store.getId().value(), trips,
                        String.format("%s lends technicians for %d trip%s, charged as %d².", store, trips,
                                trips == 1 ? "" : "s", trips)))
                .asConstraint(STORE_FAIRNESS);
    }

    Constraint moved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(RequestAssignment.class)
                .filter(RequestAssignment::hasMovedFromPublished)
                .penalize(MOVED_WEIGHT)
                .justifyWith((assignment, score) -> new MovedJustification(assignment.getRequest().id(),
                        String.format("%s moves from %s at %s to %s.", capitalized(Texts.request(assignment)),
                                Texts.technician(assignment.getPublishedTechnician()),
                                Texts.moment(assignment.getPublishedStart().getTime()),
                                assignment.isAssigned() ? Texts.technician(assignment.getTechnician()) + " at "
                                        + Texts.moment(assignment.getStart().getTime()) : "nobody")))
                .asConstraint(MOVED);
    }

    // ************************************************************************
    // Justifications
    // ************************************************************************

    private static RuleJustification rule(RequestAssignment assignment, String description) {
        return new RuleJustification(assignment.getRequest().id(), assignment.getTechnician().getId(), description);
    }

    private static TripCostJustification tripCostOf(RequestAssignment assignment) {
        Candidate candidate = assignment.getCandidate();
        DispatchTechnician technician = assignment.getTechnician();
        RequestId request = assignment.getRequest().id();
        return new TripCostJustification(request, technician.getId(), Math.round(candidate.driveSeconds() / 60.0),
                candidate.driveKm(), candidate.tripCost(), candidate.rank(), String.format(
                        "%s drives %s (%s) to %s, candidate %d by drive time; HQ pays %s.",
                        Texts.technician(technician), Texts.minutes(candidate.driveSeconds()),
                        Texts.kilometres(candidate.driveKm()), Texts.request(assignment), candidate.rank() + 1,
                        Texts.money(candidate.tripCost())));
    }

    private static UnderstaffedJustification understaffed(LendingStore store, LocalDate day, int lent) {
        int shortfall = store.shortfall(lent);
        return new UnderstaffedJustification(store.getId(), day, lent, shortfall, String.format(
                "%s lends %d of its %d technicians on duty on %s and keeps %d at home, %d below its minimum of %d.",
                store, lent, store.getOnDutyTechnicians(), day, Math.max(0, store.getOnDutyTechnicians() - lent),
                shortfall, store.getMinOnDutyAtHome()));
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
