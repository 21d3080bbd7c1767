package dev.tandem.solvers.dispatch.internal.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import dev.tandem.model.SupportRequest;

/**
 * One support request to plan, the planning entity: a technician of its {@link #getCandidates() candidates} and a
 * start of its {@link #getStarts() starts}, or unassigned. A request is assigned only when both are set; a
 * technician without a start, or a start without a technician, is unassigned.
 *
 * <p>Everything the constraints need is precomputed per candidate ({@link Candidate}) and per start
 * ({@link StartSlot}), so a move costs a few array reads. The current candidate is kept in step with the technician
 * by {@link #setTechnician(DispatchTechnician)}.
 *
 * <p>For replanning an assignment may carry the published technician and start it had before
 * ({@link #publish(DispatchTechnician, StartSlot)}); a change from them is penalised so that a new plan moves as
 * little as it must.
 */
@PlanningEntity(comparatorClass = RequestDifficultyComparator.class)
public class RequestAssignment {

    /** The value range id of {@link #getTechnician()}. */
    public static final String TECHNICIAN_RANGE = "candidateTechnicians";
    /** The value range id of {@link #getStart()}. */
    public static final String START_RANGE = "candidateStarts";
    /** The planning variable names, for move configuration. */
    public static final String TECHNICIAN = "technician";
    public static final String START = "start";

    private String id;
    private int index;
    private SupportRequest request;
    private String storeName;
    private List<Candidate> candidates;
    private List<DispatchTechnician> candidateTechnicians;
    private List<StartSlot> starts;
    /** The candidates' technician indexes and the starts' epoch seconds, sorted: range membership by search. */
    private int[] sortedTechnicianIndexes;
    private long[] sortedStartSeconds;
    private long durationSeconds;
    private LocalDate firstDayAfterLeadTime;
    private boolean pinned;
    private DispatchTechnician publishedTechnician;
    private StartSlot publishedStart;

    private DispatchTechnician technician;
    private StartSlot start;
    private Candidate current;

    /** For the solution cloner only. */
    RequestAssignment() {
    }

    /**
     * @param index the request's dense index in its {@link dev.tandem.dispatch.DispatchProblem}
     * @param storeName the requesting store's name, for explanations
     * @param candidates the technicians it may go to, nearest first
     * @param starts when it may start, in time order
     * @param firstDayAfterLeadTime the first day a request that is not urgent may be served
     */
    public RequestAssignment(int index, SupportRequest request, String storeName, List<Candidate> candidates,
            List<StartSlot> starts, LocalDate firstDayAfterLeadTime) {
        this.index = index;
        this.request = Objects.requireNonNull(request, "request");
        this.id = request.id().value();
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.candidates = List.copyOf(candidates);
        this.candidateTechnicians = this.candidates.stream().map(Candidate::technician).toList();
        this.starts = List.copyOf(starts);
        this.sortedTechnicianIndexes =
                this.candidateTechnicians.stream().mapToInt(DispatchTechnician::getIndex).sorted().toArray();
        this.sortedStartSeconds = this.starts.stream().mapToLong(StartSlot::getEpochSecond).sorted().toArray();
        this.durationSeconds = request.duration().getSeconds();
        this.firstDayAfterLeadTime = Objects.requireNonNull(firstDayAfterLeadTime, "firstDayAfterLeadTime");
    }

    @PlanningId
    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public SupportRequest getRequest() {
        return request;
    }

    public String getStoreName() {
        return storeName;
    }

    public int getPriority() {
        return request.priority();
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    @ValueRangeProvider(id = TECHNICIAN_RANGE)
    public List<DispatchTechnician> getCandidateTechnicians() {
        return candidateTechnicians;
    }

    @ValueRangeProvider(id = START_RANGE)
    public List<StartSlot> getStarts() {
        return starts;
    }

    /** Whether the technician is one of the candidates, or {@code null} (unassigned, always allowed). */
    public boolean canTake(DispatchTechnician technician) {
        return technician == null || Arrays.binarySearch(sortedTechnicianIndexes, technician.getIndex()) >= 0;
    }

    /**
     * Whether the start is one of this request's starts, or {@code null} (unassigned, always allowed). One slot per
     * moment is shared by every request, so a moment identifies its slot.
     */
    public boolean canStartAt(StartSlot start) {
        return start == null || Arrays.binarySearch(sortedStartSeconds, start.getEpochSecond()) >= 0;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    /** Fixes the assignment as it is: the solver will not change it. */
    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @PlanningVariable(valueRangeProviderRefs = TECHNICIAN_RANGE, allowsUnassigned = true)
    public DispatchTechnician getTechnician() {
        return technician;
    }

    /**
     * @throws IllegalArgumentException if the technician is not a candidate of this request
     */
    public void setTechnician(DispatchTechnician technician) {
        this.current = technician == null ? null : candidateOf(technician);
        this.technician = technician;
    }

    @PlanningVariable(valueRangeProviderRefs = START_RANGE, allowsUnassigned = true)
    public StartSlot getStart() {
        return start;
    }

    public void setStart(StartSlot start) {
        this.start = start;
    }

    /** Sets both variables; {@code null} for both unassigns. */
    public RequestAssignment assign(DispatchTechnician technician, StartSlot start) {
        setTechnician(technician);
        setStart(start);
        return this;
    }

    /** Records the technician and start of the published plan, both {@code null} if it left this unassigned. */
    public void publish(DispatchTechnician technician, StartSlot start) {
        checkArgument((technician == null) == (start == null),
                "The published assignment of request (%s) needs both a technician and a start, or neither.", id);
        this.publishedTechnician = technician;
        this.publishedStart = start;
    }

    public DispatchTechnician getPublishedTechnician() {
        return publishedTechnician;
    }

    public StartSlot getPublishedStart() {
        return publishedStart;
    }

    /** Whether a published plan exists for this request and the assignment differs from it. */
    public boolean hasMovedFromPublished() {
        return publishedTechnician != null && (publishedTechnician != technician || publishedStart != start);
    }

    public boolean isAssigned() {
        return technician != null && start != null;
    }

    /** The candidate of the current technician; only while one is set. */
    public Candidate getCandidate() {
        return current;
    }

    /** When the technician leaves home, epoch seconds; only while assigned. */
    public long departure() {
        return start.getEpochSecond() - current.driveSeconds();
    }

    /** When the work ends, epoch seconds; only while assigned. */
    public long end() {
        return start.getEpochSecond() + durationSeconds;
    }

    /** When the technician is back home, epoch seconds; only while assigned. */
    public long back() {
        return end() + current.driveSeconds();
    }

    public boolean isQualified() {
        return current.qualified();
    }

    /** Whether a support window of the technician covers the drive there and the work. */
    public boolean isInsideSupportWindow() {
        return technician.isFreeDuring(departure(), end());
    }

    public boolean respectsLeadTime() {
        return request.urgent() || !start.getDay().isBefore(firstDayAfterLeadTime);
    }

    public LocalDate getFirstDayAfterLeadTime() {
        return firstDayAfterLeadTime;
    }

    public boolean isHomeOverloaded() {
        return technician.getHome().isOverloadedOn(start.getDay());
    }

    private Candidate candidateOf(DispatchTechnician technician) {
        for (Candidate candidate : candidates) {
            if (candidate.technician() == technician) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(String.format(
                "The technician (%s) is not a candidate of request (%s).%nMaybe add the technician to its candidates.",
                technician, id));
    }

    @Override
    public String toString() {
        return id + (isAssigned() ? " -> " + technician + " at " + start : " unassigned");
    }
}
