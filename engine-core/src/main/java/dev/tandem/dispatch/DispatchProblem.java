package dev.tandem.dispatch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.LoadState;
import dev.tandem.model.SubsidyBand;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

/**
 * Support requests to dispatch on a network, with everything every dispatch solver needs precomputed: for each
 * request its candidate technicians (qualified, of another store, not on leave, the nearest
 * {@code candidatesPerRequest} by drive time, or the pinned one) and its candidate starts (every whole hour of
 * the working day that leaves room for the work, on the allowed days after the lead time, or the pinned day), and
 * the costs of sending a technician. Requests and technicians are dense indexes. Immutable.
 */
public final class DispatchProblem {

    private final NetworkSnapshot network;
    private final ImmutableList<SupportRequest> requests;
    private final DispatchSettings settings;
    private final DriveIndex drives;
    private final ImmutableList<int[]> candidates;
    private final ImmutableList<ImmutableList<OffsetDateTime>> starts;
    private final int[] onDutyAtHome;

    private DispatchProblem(NetworkSnapshot network, List<SupportRequest> requests, DispatchSettings settings,
            DriveIndex drives) {
        this.network = network;
        this.requests = ImmutableList.copyOf(requests);
        this.settings = settings;
        this.drives = drives;
        this.candidates = requests.stream().map(this::findCandidates).collect(ImmutableList.toImmutableList());
        this.starts = requests.stream().map(this::findStarts).collect(ImmutableList.toImmutableList());
        this.onDutyAtHome = new int[network.storeCount()];
        for (Technician technician : network.technicians()) {
            if (technician.status() == TechnicianStatus.ON_DUTY) {
                onDutyAtHome[network.storeIndex(technician.store())]++;
            }
        }
    }

    /**
     * @throws java.util.NoSuchElementException if a request names a store or pinned technician not in the network
     */
    public static DispatchProblem of(NetworkSnapshot network, List<SupportRequest> requests,
            DispatchSettings settings, DriveIndex drives) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(drives, "drives");
        return new DispatchProblem(network, requests, settings, drives);
    }

    public NetworkSnapshot network() {
        return network;
    }

    public List<SupportRequest> requests() {
        return requests;
    }

    public DispatchSettings settings() {
        return settings;
    }

    public DriveIndex drives() {
        return drives;
    }

    /** Candidate technicians of request {@code r}, nearest first. */
    public int[] candidates(int r) {
        return candidates.get(r).clone();
    }

    /** Candidate starts of request {@code r}, in time order. */
    public List<OffsetDateTime> starts(int r) {
        return starts.get(r);
    }

    /** The store of technician {@code t}. */
    public int home(int t) {
        return network.storeIndex(network.technicianAt(t).store());
    }

    /** Drive time from technician {@code t}'s store to request {@code r}'s store, in minutes. */
    public double driveMinutes(int r, int t) {
        return drives.minutes(home(t), network.storeIndex(requests.get(r).store()));
    }

    public double driveKm(int r, int t) {
        return drives.kilometres(home(t), network.storeIndex(requests.get(r).store()));
    }

    /** When technician {@code t} leaves home for request {@code r} starting work at {@code start}. */
    public OffsetDateTime departure(int r, int t, OffsetDateTime start) {
        return start.minusSeconds(Math.round(driveMinutes(r, t) * 60));
    }

    public OffsetDateTime end(int r, OffsetDateTime start) {
        return start.plus(requests.get(r).duration());
    }

    /** When technician {@code t} is back home after request {@code r} starting at {@code start}. */
    public OffsetDateTime back(int r, int t, OffsetDateTime start) {
        return end(r, start).plusSeconds(Math.round(driveMinutes(r, t) * 60));
    }

    /** Whether a support window of technician {@code t} covers the drive there and the work. */
    public boolean isInsideSupportWindow(int r, int t, OffsetDateTime start) {
        TimeWindow trip = TimeWindow.of(departure(r, t, start), end(r, start));
        return network.technicianAt(t).canSupportDuring(trip);
    }

    /** Whether technician {@code t}'s home store is overloaded on {@code day} (unknown days are not). */
    public boolean isHomeOverloaded(int t, LocalDate day) {
        return network.capacity(network.technicianAt(t).store(), day)
                .map(CapacityDay::utilization).map(settings.thresholds()::classify)
                .map(state -> state == LoadState.OVERLOADED).orElse(false);
    }

    /** Technicians on duty at store {@code s}: the most it can have away on a day is this minus the minimum. */
    public int onDutyAtHome(int s) {
        return onDutyAtHome[s];
    }

    public SubsidyBand band(int r, int t) {
        return settings.subsidy().band(driveKm(r, t));
    }

    /** HQ's cost of sending technician {@code t} to request {@code r}, in fen: subsidy, travel and lodging. */
    public long tripCost(int r, int t) {
        SubsidyBand band = band(r, t);
        long cost = settings.subsidy().subsidy(band).cents();
        if (band != SubsidyBand.NEAR) {
            cost += Math.round(2 * driveKm(r, t) * settings.travelPerKm().cents());
        }
        if (band == SubsidyBand.FAR) {
            cost += settings.lodgingPerNight().cents();
        }
        return cost;
    }

    /** The soft cost of sending a higher level than needed, in fen. */
    public long overQualificationCost(int r, int t) {
        int levels = network.technicianAt(t).level().ordinal() - requests.get(r).minimumLevel().ordinal();
        return Math.max(0, levels) * settings.overQualificationPerLevel().cents();
    }

    /** Whether {@code start} respects the booking lead time for request {@code r}. */
    public boolean respectsLeadTime(int r, OffsetDateTime start) {
        return requests.get(r).urgent()
                || !start.toLocalDate().isBefore(network.today().plusDays(settings.leadDays()));
    }

    private int[] findCandidates(SupportRequest request) {
        int target = network.storeIndex(request.store());
        if (request.pinnedTechnician().isPresent()) {
            return new int[] {network.technicianIndex(request.pinnedTechnician().get())};
        }
        List<Integer> qualified = new ArrayList<>();
        for (int t = 0; t < network.technicianCount(); t++) {
            Technician technician = network.technicianAt(t);
            if (technician.isQualifiedFor(request.skill(), request.minimumLevel())
                    && technician.status() != TechnicianStatus.LEAVE
                    && network.storeIndex(technician.store()) != target) {
                qualified.add(t);
            }
        }
        return qualified.stream()
                .sorted(Comparator.comparingDouble((Integer t) -> drives.minutes(home(t), target))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(settings.candidatesPerRequest()).mapToInt(Integer::intValue).toArray();
    }

    private ImmutableList<OffsetDateTime> findStarts(SupportRequest request) {
        ZoneOffset offset = network.asOf().getOffset();
        LocalDate first = request.urgent() ? request.earliest()
                : max(request.earliest(), network.today().plusDays(settings.leadDays()));
        Optional<LocalDate> pinned = request.pinnedDate();
        ImmutableList.Builder<OffsetDateTime> result = ImmutableList.builder();
        for (LocalDate day = first; !day.isAfter(request.latest()); day = day.plusDays(1)) {
            if (pinned.isPresent() && !pinned.get().equals(day)) {
                continue;
            }
            for (OffsetDateTime start = day.atTime(settings.dayStart()).atOffset(offset);
                    !start.plus(request.duration()).isAfter(day.atTime(settings.dayEnd()).atOffset(offset));
                    start = start.plusHours(1)) {
                if (!start.isBefore(network.asOf())) {
                    result.add(start);
                }
            }
        }
        return result.build();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
