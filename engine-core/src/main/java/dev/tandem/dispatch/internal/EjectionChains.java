package dev.tandem.dispatch.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.model.SupportRequest;

/**
 * Places requests a dispatch left unassigned by ejection chains: a request takes a technician's day from a
 * request already there, which moves to another technician's day, whose request may move once more, to a day
 * that is free. One move at a time cannot find such a chain when every step but the last costs more; this
 * search makes the whole chain one step and keeps it only when the dispatch scores better.
 *
 * <p>Options are a technician and a day of the request's candidates and starts that lie inside the
 * technician's support window; a day is taken when the technician has a trip that day. Chains are at most
 * {@value #DEPTH} ejections deep, and requests pinned to a technician or a day are never ejected. Every change is
 * judged by the objective, {@link Dispatch#score()} unless the caller gives another (such as the same rules under
 * other weights), so a chain never breaks a hard rule the dispatch kept. Deterministic; requests are tried by
 * priority, highest first.
 */
public final class EjectionChains {

    /** How many requests one chain may eject. */
    static final int DEPTH = 2;
    private static final int MOST_ROUNDS = 3;

    /** A technician's day open to a request, and the request's starts that day. */
    private record DayOption(int technician, LocalDate day, List<OffsetDateTime> starts) {
    }

    private final DispatchProblem problem;
    private final int[] technicians;
    private final OffsetDateTime[] starts;
    private final List<List<DayOption>> options = new ArrayList<>();
    private final BooleanSupplier stop;
    private final Function<Dispatch, DispatchScore> objective;

    private EjectionChains(Dispatch dispatch, Function<Dispatch, DispatchScore> objective, BooleanSupplier stop) {
        this.problem = dispatch.problem();
        int requests = problem.requests().size();
        this.technicians = new int[requests];
        this.starts = new OffsetDateTime[requests];
        for (int r = 0; r < requests; r++) {
            technicians[r] = dispatch.technician(r);
            starts[r] = dispatch.start(r);
        }
        this.stop = stop;
        this.objective = objective;
    }

    /**
     * A dispatch at least as good as {@code dispatch}, with unassigned requests placed where a chain of at most
     * {@value #DEPTH} ejections makes room and the score improves.
     *
     * @param stop asked before each option tried; true ends the search with what it has
     */
    public static Dispatch improve(Dispatch dispatch, BooleanSupplier stop) {
        return improve(dispatch, Dispatch::score, stop);
    }

    /**
     * As {@link #improve(Dispatch, BooleanSupplier)}, judging every change by {@code objective} instead of
     * {@link Dispatch#score()}: lower is better, and its hard level must count broken hard rules (weighed or not)
     * so that a chain step that breaks none is recognised.
     */
    public static Dispatch improve(Dispatch dispatch, Function<Dispatch, DispatchScore> objective,
            BooleanSupplier stop) {
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(stop, "stop");
        return new EjectionChains(dispatch, objective, stop).run();
    }

    private Dispatch run() {
        for (int r = 0; r < technicians.length; r++) {
            options.add(dayOptions(r));
        }
        DispatchScore best = objective.apply(current());
        for (int round = 0; round < MOST_ROUNDS; round++) {
            boolean improved = false;
            for (int r : unassignedByPriority()) {
                if (stop.getAsBoolean()) {
                    return current();
                }
                Set<Integer> moving = new HashSet<>(Set.of(r));
                if (technicians[r] == Dispatch.UNASSIGNED && place(r, DEPTH, best, moving)) {
                    best = objective.apply(current());
                    improved = true;
                }
            }
            if (!improved) {
                break;
            }
        }
        return current();
    }

    /**
     * Puts request {@code r} (unassigned) on a day option, ejecting at most {@code depth} requests in a chain;
     * true, with the arrays changed, when the dispatch then scores better than {@code toBeat}; false, with the
     * arrays as they were, otherwise.
     */
    private boolean place(int r, int depth, DispatchScore toBeat, Set<Integer> moving) {
        long hardBefore = objective.apply(current()).hard();
        for (DayOption option : options.get(r)) {
            if (stop.getAsBoolean()) {
                return false;
            }
            List<Integer> there = occupants(option);
            if (there.stream().anyMatch(moving::contains)) {
                continue;
            }
            if (there.isEmpty()) {
                for (OffsetDateTime start : option.starts()) {
                    assign(r, option.technician(), start);
                    if (objective.apply(current()).compareTo(toBeat) < 0) {
                        return true;
                    }
                    unassign(r);
                }
            } else if (depth > 0 && there.size() == 1 && isMovable(there.get(0))) {
                int ejected = there.get(0);
                int ejectedTechnician = technicians[ejected];
                OffsetDateTime ejectedStart = starts[ejected];
                unassign(ejected);
                for (OffsetDateTime start : option.starts()) {
                    assign(r, option.technician(), start);
                    if (objective.apply(current()).hard() <= hardBefore) {
                        moving.add(ejected);
                        if (place(ejected, depth - 1, toBeat, moving)) {
                            return true;
                        }
                        moving.remove(ejected);
                        unassign(r);
                        break;
                    }
                    unassign(r);
                }
                assign(ejected, ejectedTechnician, ejectedStart);
            }
        }
        return false;
    }

    /** The requests assigned to the option's technician on its day. */
    private List<Integer> occupants(DayOption option) {
        List<Integer> there = new ArrayList<>();
        for (int q = 0; q < technicians.length; q++) {
            if (technicians[q] == option.technician() && starts[q].toLocalDate().equals(option.day())) {
                there.add(q);
            }
        }
        return there;
    }

    private boolean isMovable(int r) {
        SupportRequest request = problem.requests().get(r);
        return request.pinnedTechnician().isEmpty() && request.pinnedDate().isEmpty();
    }

    /** The request's candidates and starts inside their support windows, by technician (nearest first), then day. */
    private List<DayOption> dayOptions(int r) {
        Map<List<Object>, List<OffsetDateTime>> byDay = new LinkedHashMap<>();
        for (int t : problem.candidates(r)) {
            for (OffsetDateTime start : problem.starts(r)) {
                if (problem.isInsideSupportWindow(r, t, start)) {
                    byDay.computeIfAbsent(List.of(t, start.toLocalDate()), key -> new ArrayList<>()).add(start);
                }
            }
        }
        List<DayOption> days = new ArrayList<>();
        byDay.forEach((key, dayStarts) -> days.add(new DayOption((Integer) key.get(0), (LocalDate) key.get(1),
                List.copyOf(dayStarts))));
        return days;
    }

    private List<Integer> unassignedByPriority() {
        List<Integer> unassigned = new ArrayList<>();
        for (int r = 0; r < technicians.length; r++) {
            if (technicians[r] == Dispatch.UNASSIGNED) {
                unassigned.add(r);
            }
        }
        unassigned.sort(Comparator.comparingInt((Integer r) -> -problem.requests().get(r).priority())
                .thenComparingInt(r -> r));
        return unassigned;
    }

    private void assign(int r, int technician, OffsetDateTime start) {
        technicians[r] = technician;
        starts[r] = start;
    }

    private void unassign(int r) {
        technicians[r] = Dispatch.UNASSIGNED;
        starts[r] = null;
    }

    private Dispatch current() {
        return new Dispatch(problem, technicians, starts);
    }
}
