package dev.tandem.solvers.dispatch;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import dev.tandem.model.RequestId;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.solver.MovedJustification;
import dev.tandem.solvers.dispatch.internal.solver.OverQualificationJustification;
import dev.tandem.solvers.dispatch.internal.solver.OverlapJustification;
import dev.tandem.solvers.dispatch.internal.solver.RuleJustification;
import dev.tandem.solvers.dispatch.internal.solver.TripCostJustification;
import dev.tandem.solvers.dispatch.internal.solver.UnassignedJustification;
import dev.tandem.solvers.dispatch.internal.solver.UnderstaffedJustification;

/**
 * Explains any dispatch of a {@link DispatchProblem}, whichever solver made it, in plain words.
 *
 * <ul>
 *   <li>For an assigned request: the justifications of its constraint matches under
 *       {@link dev.tandem.solvers.dispatch.internal.solver.TechnicianDispatchConstraints} (the drive, the cost, the level
 *       above the minimum, any hard rule broken), and for each candidate nearer than the one sent, what kept it
 *       away.</li>
 *   <li>For an unassigned request: for each of its nearest candidates, the rules its best start would break with
 *       the rest of the dispatch in place ({@link BlockingRule}).</li>
 * </ul>
 *
 * <p>Costs {@code O(r · k · s · t)} for {@code r} requests, {@code k} nearest candidates, {@code s} starts per
 * request and {@code t} trips per technician, plus one Timefold score analysis. Thread-safe.
 */
public final class DispatchExplainer {

    /** How many of its nearest candidates an unassigned request is explained by, unless told. */
    public static final int DEFAULT_NEAREST = 5;

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final SolutionManager<DispatchSchedule, HardMediumSoftLongScore> solutions;

    public DispatchExplainer() {
        this.solutions = SolutionManager.create(SolverFactory.create(TimefoldDispatcher.scoringConfig()));
    }

    public DispatchExplanation explain(Dispatch dispatch) {
        return explain(dispatch, DEFAULT_NEAREST);
    }

    /**
     * @param nearest how many of its nearest candidates each unassigned request is explained by, 1 or more
     * @throws IllegalArgumentException if the dispatch sends a request to a technician or at a start outside its
     *     candidates
     */
    public DispatchExplanation explain(Dispatch dispatch, int nearest) {
        Objects.requireNonNull(dispatch, "dispatch");
        checkArgument(nearest >= 1, "The nearest (%s) must be 1 or more.", nearest);
        DispatchProblem problem = dispatch.problem();
        Map<RequestId, List<ConstraintJustification>> justifications = justificationsByRequest(dispatch);
        CandidateRules rules = new CandidateRules(dispatch);
        List<DispatchExplanation.Assignment> assignments = new ArrayList<>();
        List<DispatchExplanation.Unassigned> unassigned = new ArrayList<>();
        for (int r = 0; r < problem.requests().size(); r++) {
            List<ConstraintJustification> own = justifications.getOrDefault(problem.requests().get(r).id(),
                    List.of());
            if (dispatch.isAssigned(r)) {
                assignments.add(assignment(dispatch, rules, r, own));
            } else {
                unassigned.add(unassigned(dispatch, rules, r, nearest, own));
            }
        }
        return new DispatchExplanation(assignments, unassigned);
    }

    private Map<RequestId, List<ConstraintJustification>> justificationsByRequest(Dispatch dispatch) {
        DispatchProblem problem = dispatch.problem();
        ScoreAnalysis<HardMediumSoftLongScore> analysis =
                solutions.analyze(ScheduleAssembler.assemble(dispatch), ScoreAnalysisFetchPolicy.FETCH_ALL);
        Map<RequestId, List<ConstraintJustification>> byRequest = new LinkedHashMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
            for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                for (RequestId request : requestsOf(dispatch, match.justification())) {
                    byRequest.computeIfAbsent(request, id -> new ArrayList<>()).add(match.justification());
                }
            }
        }
        return byRequest;
    }

    /** The requests a justification is about; the trips of the store and day for an understaffed store. */
    private static List<RequestId> requestsOf(Dispatch dispatch, ConstraintJustification justification) {
        if (justification instanceof RuleJustification rule) {
            return List.of(rule.request());
        } else if (justification instanceof OverlapJustification overlap) {
            return List.of(overlap.first(), overlap.second());
        } else if (justification instanceof UnassignedJustification unassigned) {
            return List.of(unassigned.request());
        } else if (justification instanceof TripCostJustification trip) {
            return List.of(trip.request());
        } else if (justification instanceof OverQualificationJustification level) {
            return List.of(level.request());
        } else if (justification instanceof MovedJustification moved) {
            return List.of(moved.request());
        } else if (justification instanceof UnderstaffedJustification understaffed) {
            DispatchProblem problem = dispatch.problem();
            List<RequestId> trips = new ArrayList<>();
            for (int r = 0; r < problem.requests().size(); r++) {
                if (dispatch.isAssigned(r) && dispatch.start(r).toLocalDate().equals(understaffed.day())
                        && problem.network().technicianAt(dispatch.technician(r)).store()
                                .equals(understaffed.store())) {
                    trips.add(problem.requests().get(r).id());
                }
            }
            return trips;
        }
        return List.of();
    }

    private static DispatchExplanation.Assignment assignment(Dispatch dispatch, CandidateRules rules, int r,
            List<ConstraintJustification> own) {
        DispatchProblem problem = dispatch.problem();
        int t = dispatch.technician(r);
        StringBuilder reason = new StringBuilder();
        List<String> broken = new ArrayList<>();
        boolean overQualified = false;
        for (ConstraintJustification justification : own) {
            if (justification instanceof TripCostJustification trip) {
                reason.insert(0, trip.description());
            } else if (justification instanceof OverQualificationJustification level) {
                reason.append(' ').append(level.description());
                overQualified = true;
            } else if (justification instanceof RuleJustification rule) {
                broken.add(rule.description());
            } else if (justification instanceof OverlapJustification overlap) {
                broken.add(overlap.description());
            } else if (justification instanceof UnderstaffedJustification understaffed) {
                broken.add(understaffed.description());
            } else if (justification instanceof MovedJustification moved) {
                reason.append(' ').append(moved.description());
            }
        }
        SupportRequest request = problem.requests().get(r);
        Technician technician = problem.network().technicianAt(t);
        if (!overQualified && technician.isQualifiedFor(request.skill(), request.minimumLevel())) {
            reason.append(String.format(" %s is the level %s needs.", technician.level(), request.id()));
        }
        List<DispatchExplanation.Blocked> nearer = new ArrayList<>();
        for (int candidate : problem.candidates(r)) {
            if (candidate == t) {
                break;
            }
            nearer.add(blocked(dispatch, rules.best(r, candidate), r));
        }
        if (!nearer.isEmpty()) {
            reason.append(nearer.size() == 1 ? " The nearer candidate: " : " The nearer candidates: ")
                    .append(nearer.stream().map(DispatchExplanation.Blocked::reason)
                            .collect(Collectors.joining("; ")))
                    .append('.');
        }
        return new DispatchExplanation.Assignment(request.id(), technician.id(), dispatch.start(r),
                reason.toString().strip(), broken, nearer);
    }

    private static DispatchExplanation.Unassigned unassigned(Dispatch dispatch, CandidateRules rules, int r,
            int nearest, List<ConstraintJustification> own) {
        DispatchProblem problem = dispatch.problem();
        SupportRequest request = problem.requests().get(r);
        String summary = own.stream().filter(UnassignedJustification.class::isInstance)
                .map(j -> ((UnassignedJustification) j).description()).findFirst()
                .orElse("Request " + request.id() + " is unassigned.");
        int[] candidates = problem.candidates(r);
        if (candidates.length == 0) {
            return new DispatchExplanation.Unassigned(request.id(), summary + String.format(
                    " No technician of another store has %s at %s or above and is off leave.", request.skill(),
                    request.minimumLevel()), List.of());
        }
        List<DispatchExplanation.Blocked> blocked = new ArrayList<>();
        for (int k = 0; k < Math.min(nearest, candidates.length); k++) {
            blocked.add(blocked(dispatch, rules.best(r, candidates[k]), r));
        }
        String detail;
        if (problem.starts(r).isEmpty()) {
            detail = String.format(" It has no start: its days (%s to %s) are past or inside the booking lead time.",
                    request.earliest(), request.latest());
        } else if (blocked.stream().anyMatch(DispatchExplanation.Blocked::isFree)) {
            detail = " A candidate was free; the search did not place it: " + blocked.stream()
                    .filter(DispatchExplanation.Blocked::isFree).findFirst().orElseThrow().reason() + ".";
        } else {
            detail = String.format(" Its %s: %s.", blocked.size() == 1 ? "only candidate"
                    : blocked.size() + " nearest candidates", blocked.stream()
                            .map(DispatchExplanation.Blocked::reason).collect(Collectors.joining("; ")));
        }
        return new DispatchExplanation.Unassigned(request.id(), summary + detail, blocked);
    }

    private static DispatchExplanation.Blocked blocked(Dispatch dispatch, CandidateRules.Verdict verdict, int r) {
        DispatchProblem problem = dispatch.problem();
        Technician technician = problem.network().technicianAt(verdict.technician());
        String who = String.format("%s (%s, %s, of %s), %d min away", technician.name(), technician.id(),
                technician.level(), problem.network().store(technician.store()).name(),
                Math.round(problem.driveMinutes(r, verdict.technician())));
        String reason;
        if (verdict.start() == null) {
            reason = who + " " + BlockingRule.NO_START.words();
        } else if (verdict.rules().isEmpty()) {
            reason = who + ", was free at " + MOMENT.format(verdict.start());
        } else {
            reason = who + ", at best " + MOMENT.format(verdict.start()) + ", " + verdict.rules().stream()
                    .map(rule -> rule == BlockingRule.OVERLAP ? rule.words() + " (" + verdict.overlapping().stream()
                            .map(other -> problem.requests().get(other).id().value())
                            .collect(Collectors.joining(", ")) + ")" : rule.words())
                    .collect(Collectors.joining(" and "));
        }
        return new DispatchExplanation.Blocked(technician.id(), Optional.ofNullable(verdict.start()),
                verdict.rules(), reason);
    }

}
