package dev.tandem.solvers.dispatch.internal.exact;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.solvers.dispatch.exact.CpSatDispatcher;
import dev.tandem.solvers.internal.ortools.MipOfCpModel;
import dev.tandem.solvers.internal.ortools.OrToolsNative;

/**
 * The CP-SAT model of a {@link DispatchProblem}, one Boolean per trip (request, candidate technician, candidate
 * start) that breaks no rule on its own; see {@link CpSatDispatcher} for the formulation. Built once per solve;
 * not thread-safe.
 *
 * <p>A model may cover a neighbourhood only ({@link Scope}): the free requests, each with trips by free technicians
 * only, and every other request kept as a dispatch has it. A free technician's requests are all free, so their
 * trips are all in the model; a kept trip of another technician of the same store still counts towards the store's
 * technicians away that day and its fairness charge, as constants.
 */
public final class DispatchCpModel {

    /**
     * Which requests and technicians a model may change; everything else stays as in {@code kept}.
     *
     * @param kept the dispatch outside the neighbourhood; every request it assigns to a free technician must be free
     * @param freeRequests per request, whether the model may change it
     * @param freeTechnicians per technician, whether the model may give it trips
     */
    public record Scope(Dispatch kept, boolean[] freeRequests, boolean[] freeTechnicians) {

        public Scope {
            for (int r = 0; r < freeRequests.length; r++) {
                if (kept.isAssigned(r) && freeTechnicians[kept.technician(r)] && !freeRequests[r]) {
                    throw new IllegalArgumentException("Request " + r + " of a free technician must be free.");
                }
            }
        }

        /** How many technicians the scope frees. */
        public int technicianCount() {
            int count = 0;
            for (boolean free : freeTechnicians) {
                count += free ? 1 : 0;
            }
            return count;
        }

        public static Scope everything(DispatchProblem problem) {
            int requests = problem.requests().size();
            boolean[] all = new boolean[requests];
            Arrays.fill(all, true);
            boolean[] technicians = new boolean[problem.network().technicianCount()];
            Arrays.fill(technicians, true);
            return new Scope(new Dispatch(problem, unassigned(requests), new OffsetDateTime[requests]), all,
                    technicians);
        }

        private static int[] unassigned(int requests) {
            int[] none = new int[requests];
            Arrays.fill(none, Dispatch.UNASSIGNED);
            return none;
        }
    }

    private final DispatchProblem problem;
    private final Scope scope;
    private final CpModel model;
    private final List<Trip> trips = new ArrayList<>();
    private final List<BoolVar> chosen = new ArrayList<>();
    /** The trips of each request, as indexes into {@link #trips}. */
    private final List<List<Integer>> tripsByRequest = new ArrayList<>();
    private final Map<Integer, List<Integer>> tripsByTechnician = new LinkedHashMap<>();
    private final LinearExpr medium;
    private final LinearExpr soft;
    /** The count and square variables of the fairness charge, to hint them consistently with the trips. */
    private final List<Fairness> fairness = new ArrayList<>();
    private final List<AwayOnDay> awayHints = new ArrayList<>();

    /**
     * One candidate trip.
     *
     * @param request request index
     * @param technician technician index
     * @param start the start of work
     * @param departure when the technician leaves home, in seconds from the snapshot's moment
     * @param back when the technician is home again, in seconds from the snapshot's moment
     * @param cost trip cost and over-qualification, in fen
     */
    private record Trip(int request, int technician, OffsetDateTime start, long departure, long back, long cost) {
    }

    /** A technician's "away that day" over their trips of that day, to hint it consistently with the trips. */
    private record AwayOnDay(List<Integer> trips, BoolVar away) {
    }

    /** A trip count {@code n} of a technician or store, and {@code square = n²}, over these trips. */
    private record Fairness(List<Integer> trips, IntVar count, IntVar square) {
    }

    public DispatchCpModel(DispatchProblem problem) {
        this(problem, Scope.everything(problem));
    }

    /**
     * Builds the model of {@code scope}.
     *
     * @throws dev.tandem.solvers.internal.ortools.OrToolsUnavailableException if OR-Tools cannot load here
     */
    public DispatchCpModel(DispatchProblem problem, Scope scope) {
        OrToolsNative.ensureLoaded(); // before the first native object
        this.model = new CpModel();
        this.problem = problem;
        this.scope = scope;
        int requests = problem.requests().size();
        long base = problem.network().asOf().toEpochSecond();
        int minimum = problem.settings().minOnDutyAtHome();
        for (int r = 0; r < requests; r++) {
            SupportRequest request = problem.requests().get(r);
            List<Integer> ofRequest = new ArrayList<>();
            if (!scope.freeRequests()[r]) {
                tripsByRequest.add(ofRequest);
                continue;
            }
            for (int t : problem.candidates(r)) {
                if (!scope.freeTechnicians()[t]
                        || !problem.network().technicianAt(t).isQualifiedFor(request.skill(), request.minimumLevel())) {
                    continue;
                }
                boolean onDuty = problem.network().technicianAt(t).status() == TechnicianStatus.ON_DUTY;
                long cost = problem.tripCost(r, t) + problem.overQualificationCost(r, t);
                for (OffsetDateTime start : problem.starts(r)) {
                    if (!problem.respectsLeadTime(r, start) || !problem.isInsideSupportWindow(r, t, start)
                            || problem.isHomeOverloaded(t, start.toLocalDate())
                            || (onDuty && problem.onDutyAtHome(problem.home(t)) <= minimum)) {
                        // The last clause: a home store with nobody on duty to spare never lends one.
                        continue;
                    }
                    int index = trips.size();
                    trips.add(new Trip(r, t, start, problem.departure(r, t, start).toEpochSecond() - base,
                            problem.back(r, t, start).toEpochSecond() - base, cost));
                    chosen.add(model.newBoolVar("x_r" + r + "_t" + t + "_" + start.toEpochSecond()));
                    ofRequest.add(index);
                    tripsByTechnician.computeIfAbsent(t, key -> new ArrayList<>()).add(index);
                }
            }
            tripsByRequest.add(ofRequest);
            if (ofRequest.size() > 1) {
                model.addAtMostOne(literals(ofRequest));
            }
        }
        tripsByTechnician.values().forEach(this::forbidOverlaps);
        keepMinimumOnDuty();
        this.medium = buildMedium();
        this.soft = buildSoft();
    }

    /** Trips of one technician pairwise disjoint: at most one trip away at each moment any trip leaves. */
    private void forbidOverlaps(List<Integer> ofTechnician) {
        List<Integer> byDeparture = new ArrayList<>(ofTechnician);
        byDeparture.sort((a, b) -> Long.compare(trips.get(a).departure(), trips.get(b).departure()));
        long[] departures = byDeparture.stream().mapToLong(i -> trips.get(i).departure()).distinct().toArray();
        // Intervals overlap pairwise exactly when they share a point, and the maximal cliques of an interval graph
        // are the sets away at some departure, so these at-most-ones are exact and the tightest linear form.
        List<Integer> previous = List.of();
        for (int k = 0; k < departures.length; k++) {
            long at = departures[k];
            List<Integer> away = byDeparture.stream()
                    .filter(i -> trips.get(i).departure() <= at && at < trips.get(i).back()).toList();
            if (k > 0 && !away.containsAll(previous) && previous.size() > 1) {
                model.addAtMostOne(literals(previous));
            }
            previous = away;
        }
        if (previous.size() > 1) {
            model.addAtMostOne(literals(previous));
        }
    }

    /**
     * Per lending store and day, on-duty technicians away at most what leaves the minimum at home. A technician
     * counts once however many trips they make that day: a Boolean "away that day" per technician and day, equal
     * to the OR of their trips that day, and the sum of those at most the store's spare.
     */
    private void keepMinimumOnDuty() {
        Map<List<Object>, Map<Integer, List<Integer>>> lent = new LinkedHashMap<>();
        for (int i = 0; i < trips.size(); i++) {
            Trip trip = trips.get(i);
            if (problem.network().technicianAt(trip.technician()).status() == TechnicianStatus.ON_DUTY) {
                lent.computeIfAbsent(List.of(problem.home(trip.technician()), trip.start().toLocalDate()),
                        key -> new LinkedHashMap<>()).computeIfAbsent(trip.technician(), key -> new ArrayList<>())
                        .add(i);
            }
        }
        int minimum = problem.settings().minOnDutyAtHome();
        Map<List<Object>, Set<Integer>> keptAway = keptAwayOnDuty();
        for (Map.Entry<List<Object>, Map<Integer, List<Integer>>> entry : lent.entrySet()) {
            int keptOut = keptAway.getOrDefault(entry.getKey(), Set.of()).size();
            int lendable = Math.max(0, problem.onDutyAtHome((Integer) entry.getKey().get(0)) - minimum - keptOut);
            if (entry.getValue().size() <= lendable) {
                continue;
            }
            List<Literal> away = new ArrayList<>();
            entry.getValue().forEach((t, ofDay) -> away.add(awayOnDay(t, entry.getKey().get(1), ofDay)));
            model.addLessOrEqual(LinearExpr.sum(away.toArray(Literal[]::new)), lendable);
        }
    }

    /** Per lending store and day, its on-duty technicians away on a kept trip (none when the scope is everything). */
    private Map<List<Object>, Set<Integer>> keptAwayOnDuty() {
        Map<List<Object>, Set<Integer>> away = new HashMap<>();
        Dispatch kept = scope.kept();
        for (int r = 0; r < tripsByRequest.size(); r++) {
            if (!scope.freeRequests()[r] && kept.isAssigned(r)) {
                int t = kept.technician(r);
                if (problem.network().technicianAt(t).status() == TechnicianStatus.ON_DUTY) {
                    away.computeIfAbsent(List.of(problem.home(t), kept.start(r).toLocalDate()),
                            key -> new HashSet<>()).add(t);
                }
            }
        }
        return away;
    }

    /** A literal true exactly when one of {@code ofDay}, the trips of technician {@code t} on a day, is chosen. */
    private Literal awayOnDay(int t, Object day, List<Integer> ofDay) {
        if (ofDay.size() == 1) {
            return chosen.get(ofDay.get(0));
        }
        BoolVar away = model.newBoolVar("away_t" + t + "_" + day);
        for (int i : ofDay) {
            model.addImplication(chosen.get(i), away);
        }
        List<Literal> orTrips = new ArrayList<>(List.of(literals(ofDay)));
        orTrips.add(away.not());
        model.addBoolOr(orTrips.toArray(Literal[]::new));
        awayHints.add(new AwayOnDay(ofDay, away));
        return away;
    }

    /** The priorities of the free requests left unassigned. */
    private LinearExpr buildMedium() {
        LinearExprBuilder medium = LinearExpr.newBuilder();
        for (int r = 0; r < tripsByRequest.size(); r++) {
            if (!scope.freeRequests()[r]) {
                continue;
            }
            int priority = problem.requests().get(r).priority();
            medium.add(priority);
            for (int i : tripsByRequest.get(r)) {
                medium.addTerm(chosen.get(i), -priority);
            }
        }
        return medium.build();
    }

    /**
     * Trip costs plus the fairness charge, trips² per technician and per lending store, of the free requests' trips;
     * a store's kept trips count towards its square, whose constant part is left out.
     */
    private LinearExpr buildSoft() {
        LinearExprBuilder soft = LinearExpr.newBuilder();
        for (int i = 0; i < trips.size(); i++) {
            soft.addTerm(chosen.get(i), trips.get(i).cost());
        }
        long perTrip = problem.settings().fairnessPerTrip().cents();
        Map<Integer, List<Integer>> tripsByStore = new LinkedHashMap<>();
        tripsByTechnician.forEach((t, ofTechnician) -> {
            soft.addTerm(square("technician" + t, ofTechnician), perTrip);
            tripsByStore.computeIfAbsent(problem.home(t), key -> new ArrayList<>()).addAll(ofTechnician);
        });
        int[] keptByStore = keptTripsByStore();
        tripsByStore.forEach((s, ofStore) -> {
            int kept = keptByStore[s];
            // (kept + n)² = kept² + 2·kept·n + n²: the constant is the same in every answer, so it is left out.
            soft.addTerm(square("store" + s, ofStore), perTrip);
            soft.addTerm(LinearExpr.sum(literals(ofStore)), 2L * kept * perTrip);
        });
        return soft.build();
    }

    private int[] keptTripsByStore() {
        int[] kept = new int[problem.network().storeCount()];
        for (int r = 0; r < tripsByRequest.size(); r++) {
            if (!scope.freeRequests()[r] && scope.kept().isAssigned(r)) {
                kept[problem.home(scope.kept().technician(r))]++;
            }
        }
        return kept;
    }

    /**
     * A variable equal to the square of the number of chosen trips among {@code ofOwner}: a product constraint,
     * plus the tangents {@code n² ≥ (2k + 1) n − k (k + 1)} at every integer {@code k}, which meet {@code n²} at
     * every integer {@code n} and give the LP relaxation the convex hull.
     */
    private LinearArgument square(String owner, List<Integer> ofOwner) {
        int most = distinctRequests(ofOwner);
        LinearExpr trips = LinearExpr.sum(literals(ofOwner));
        if (most <= 1) {
            return trips;
        }
        IntVar count = model.newIntVar(0, most, "n_" + owner);
        model.addEquality(count, trips);
        IntVar square = model.newIntVar(0, (long) most * most, "sq_" + owner);
        model.addMultiplicationEquality(square, count, count);
        for (long k = 0; k < most; k++) {
            model.addGreaterOrEqual(square, LinearExpr.affine(count, 2 * k + 1, -k * (k + 1)));
        }
        fairness.add(new Fairness(ofOwner, count, square));
        return square;
    }

    private int distinctRequests(List<Integer> ofTrips) {
        return (int) ofTrips.stream().mapToInt(i -> trips.get(i).request()).distinct().count();
    }

    private Literal[] literals(List<Integer> indexes) {
        return indexes.stream().map(chosen::get).toArray(Literal[]::new);
    }

    public CpModel model() {
        return model;
    }

    public int tripCount() {
        return trips.size();
    }

    public LinearExpr medium() {
        return medium;
    }

    public LinearExpr soft() {
        return soft;
    }

    /** The value of {@link #medium()} at {@code dispatch}: the priorities of the free requests it leaves unassigned. */
    public long unassignedPriority(Dispatch dispatch) {
        long priorities = 0;
        for (int r = 0; r < tripsByRequest.size(); r++) {
            if (scope.freeRequests()[r] && !dispatch.isAssigned(r)) {
                priorities += problem.requests().get(r).priority();
            }
        }
        return priorities;
    }

    /** Replaces the hints by {@code dispatch}, its trips that are not in the model left out. */
    public void hint(Dispatch dispatch) {
        model.clearHints();
        Map<List<Object>, Integer> index = new HashMap<>();
        for (int i = 0; i < trips.size(); i++) {
            Trip trip = trips.get(i);
            index.put(List.of(trip.request(), trip.technician(), trip.start().toInstant()), i);
        }
        boolean[] on = new boolean[trips.size()];
        for (int r = 0; r < tripsByRequest.size(); r++) {
            if (dispatch.isAssigned(r)) {
                Integer at = index.get(List.of(r, dispatch.technician(r), dispatch.start(r).toInstant()));
                if (at != null) {
                    on[at] = true;
                }
            }
        }
        for (int i = 0; i < trips.size(); i++) {
            model.addHint(chosen.get(i), on[i]);
        }
        for (AwayOnDay day : awayHints) {
            model.addHint(day.away(), day.trips().stream().anyMatch(i -> on[i]));
        }
        for (Fairness owner : fairness) {
            long n = owner.trips().stream().filter(i -> on[i]).count();
            model.addHint(owner.count(), n);
            model.addHint(owner.square(), n * n);
        }
    }

    /** The dispatch of the solver's current solution: the kept requests as they were, the free ones as solved. */
    public Dispatch dispatchOf(CpSolver solver) {
        return dispatchOf(trip -> solver.booleanValue(chosen.get(trip)));
    }

    /** The dispatch of SCIP's solution of this model ({@link MipOfCpModel}), which must have found one. */
    public Dispatch dispatchOf(MipOfCpModel.Result solution) {
        return dispatchOf(trip -> solution.value(chosen.get(trip).getIndex()) == 1);
    }

    private Dispatch dispatchOf(IntPredicate tripChosen) {
        int requests = problem.requests().size();
        int[] technicians = new int[requests];
        OffsetDateTime[] starts = new OffsetDateTime[requests];
        for (int r = 0; r < requests; r++) {
            boolean kept = !scope.freeRequests()[r];
            technicians[r] = kept ? scope.kept().technician(r) : Dispatch.UNASSIGNED;
            starts[r] = kept ? scope.kept().start(r) : null;
        }
        for (int i = 0; i < trips.size(); i++) {
            if (tripChosen.test(i)) {
                Trip trip = trips.get(i);
                technicians[trip.request()] = trip.technician();
                starts[trip.request()] = trip.start();
            }
        }
        return new Dispatch(problem, technicians, starts);
    }
}
