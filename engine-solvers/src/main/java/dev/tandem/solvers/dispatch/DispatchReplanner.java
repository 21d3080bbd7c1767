package dev.tandem.solvers.dispatch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.tandem.model.RequestId;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.internal.domain.StartSlot;

/**
 * Keeps a published dispatch plan and replans it as the day changes: requests are added, cancelled or pinned
 * where they are, technicians call in sick. Changes are collected, then {@link #replan(Duration, long)} solves the
 * changed problem from the current plan rather than from scratch.
 *
 * <ul>
 *   <li>Every request that is still requested starts from its current technician and start, which is also
 *       recorded as published; the constraint {@value
 *       dev.tandem.solvers.dispatch.internal.solver.TechnicianDispatchConstraints#MOVED} charges each change from it
 *       ({@link dev.tandem.solvers.dispatch.internal.solver.TechnicianDispatchConstraints#MOVED_WEIGHT} unless
 *       overridden), so an assignment moves only to place a request that would otherwise stay unassigned or to
 *       save more than that.</li>
 *   <li>A request pinned with {@link #pinRequest(RequestId)} keeps its assignment (Timefold's
 *       {@code @PlanningPin}).</li>
 *   <li>A sick technician is on leave in the new network: gone from every request's candidates, so the requests
 *       the technician had are forced to move. A request whose stores had agreed on that technician loses the
 *       pin.</li>
 *   <li>New requests and requests left unassigned last time get a construction heuristic pass first.</li>
 * </ul>
 *
 * <p>The re-solve is deterministic for a seed and move budget like any {@link TimefoldDispatcher} run. Not
 * thread-safe: one replanner per live plan, used from one thread.
 */
public final class DispatchReplanner {

    private final TimefoldDispatcher dispatcher;
    private NetworkSnapshot network;
    private final List<SupportRequest> requests;
    private final Set<RequestId> pinned = new LinkedHashSet<>();
    private final List<RequestId> unpinned = new ArrayList<>();
    private DispatchProblem problem;
    /** The index of each request in {@link #problem}. */
    private Map<RequestId, Integer> published;
    private Dispatch plan;

    /**
     * @param plan the published plan, from any dispatch solver
     * @param dispatcher the solver to replan with
     */
    public DispatchReplanner(Dispatch plan, TimefoldDispatcher dispatcher) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.problem = plan.problem();
        this.network = problem.network();
        this.requests = new ArrayList<>(problem.requests());
        this.published = indexes(problem);
    }

    /** The plan as last published. */
    public Dispatch plan() {
        return plan;
    }

    /** The problem of the plan as last published; changes since are not in it yet. */
    public DispatchProblem problem() {
        return problem;
    }

    /**
     * @throws IllegalArgumentException if a request of that id is already known
     */
    public DispatchReplanner addRequest(SupportRequest request) {
        Objects.requireNonNull(request, "request");
        checkArgument(find(request.id()).isEmpty(),
                "The request (%s) is already in the plan.%nMaybe cancel it first or give it a new id.",
                request.id());
        network.store(request.store());
        requests.add(request);
        return this;
    }

    /**
     * @throws NoSuchElementException if no such request is known
     */
    public DispatchReplanner cancelRequest(RequestId request) {
        requests.remove(find(request).orElseThrow(() -> unknown(request)).intValue());
        pinned.remove(request);
        return this;
    }

    /**
     * Keeps the request where the published plan has it, however the rest moves.
     *
     * @throws NoSuchElementException if no such request is known
     * @throws IllegalStateException if the published plan left it unassigned
     */
    public DispatchReplanner pinRequest(RequestId request) {
        if (find(request).isEmpty()) {
            throw unknown(request);
        }
        int r = Optional.ofNullable(published.get(request)).orElseThrow(() -> new IllegalStateException(String.format(
                "The request (%s) is not in the published plan yet.%nMaybe replan first, then pin it.", request)));
        checkState(plan.isAssigned(r), "The request (%s) is unassigned in the published plan: nothing to pin.",
                request);
        pinned.add(request);
        return this;
    }

    /**
     * Takes a technician off every request from now on, as on leave.
     *
     * @throws NoSuchElementException if the network has no such technician
     */
    public DispatchReplanner markSick(TechnicianId technician) {
        Technician sick = network.findTechnician(technician).orElseThrow(() -> new NoSuchElementException(
                String.format("The network has no technician (%s).", technician)));
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(network.asOf()).travel(network.travel())
                .addStores(network.stores()).addParts(network.parts()).addStock(network.stock())
                .addCapacity(network.capacity());
        for (Technician each : network.technicians()) {
            builder.addTechnician(each != sick ? each : new Technician(each.id(), each.name(), each.store(),
                    each.level(), each.skills(), TechnicianStatus.LEAVE, each.supportWindows()));
        }
        network = builder.build();
        for (int r = 0; r < requests.size(); r++) {
            SupportRequest request = requests.get(r);
            if (request.pinnedTechnician().filter(technician::equals).isPresent()) {
                requests.set(r, new SupportRequest(request.id(), request.store(), request.skill(),
                        request.minimumLevel(), request.earliest(), request.latest(), request.duration(),
                        request.priority(), Optional.empty(), Optional.empty(), request.urgent()));
                unpinned.add(request.id());
            }
        }
        return this;
    }

    /**
     * Solves the changed problem from the published plan and publishes the result.
     *
     * @param timeLimit the most time to search
     * @param seed the random seed
     */
    public Replan replan(Duration timeLimit, long seed) {
        DispatchProblem next = DispatchProblem.of(network, requests, problem.settings(), problem.drives());
        DispatchSchedule schedule = ScheduleAssembler.assemble(next, dispatcher.weights(next));
        List<RequestId> forced = new ArrayList<>();
        for (RequestAssignment assignment : schedule.getAssignments()) {
            RequestId id = assignment.getRequest().id();
            Optional<Integer> before = Optional.ofNullable(published.get(id));
            if (before.isEmpty() || !plan.isAssigned(before.get()) || assignment.isPinned()) {
                continue;
            }
            int r = before.get();
            Optional<DispatchTechnician> technician = assignment.getCandidateTechnicians().stream()
                    .filter(candidate -> candidate.getIndex() == plan.technician(r)).findFirst();
            Optional<StartSlot> start = assignment.getStarts().stream()
                    .filter(slot -> slot.getTime().isEqual(plan.start(r))).findFirst();
            if (technician.isEmpty() || start.isEmpty()) {
                forced.add(id);
                pinned.remove(id);
                continue;
            }
            assignment.assign(technician.get(), start.get());
            assignment.publish(technician.get(), start.get());
            assignment.setPinned(pinned.contains(id));
        }
        DispatchRun run = dispatcher.run(next, schedule, timeLimit, seed);
        Replan replan = compare(next, run, forced);
        problem = next;
        published = indexes(next);
        plan = run.dispatch();
        unpinned.clear();
        return replan;
    }

    private Replan compare(DispatchProblem next, DispatchRun run, List<RequestId> forced) {
        Dispatch after = run.dispatch();
        List<RequestId> moved = new ArrayList<>();
        List<RequestId> newlyAssigned = new ArrayList<>();
        for (int r = 0; r < next.requests().size(); r++) {
            RequestId id = next.requests().get(r).id();
            Optional<Integer> before = Optional.ofNullable(published.get(id));
            boolean wasAssigned = before.isPresent() && plan.isAssigned(before.get());
            if (!wasAssigned) {
                if (after.isAssigned(r)) {
                    newlyAssigned.add(id);
                }
                continue;
            }
            int b = before.get();
            boolean same = after.isAssigned(r)
                    && next.network().technicianAt(after.technician(r)).id()
                            .equals(problem.network().technicianAt(plan.technician(b)).id())
                    && after.start(r).isEqual(plan.start(b));
            if (!same) {
                moved.add(id);
            }
        }
        return new Replan(after, run, moved, forced, newlyAssigned, unpinned);
    }

    private Optional<Integer> find(RequestId id) {
        for (int r = 0; r < requests.size(); r++) {
            if (requests.get(r).id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static Map<RequestId, Integer> indexes(DispatchProblem problem) {
        Map<RequestId, Integer> byId = new HashMap<>();
        for (int r = 0; r < problem.requests().size(); r++) {
            byId.put(problem.requests().get(r).id(), r);
        }
        return byId;
    }

    private static NoSuchElementException unknown(RequestId request) {
        return new NoSuchElementException(String.format("The plan has no request (%s).", request));
    }
}
