package dev.tandem.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.tandem.network.NetworkSnapshot;

/**
 * The receiving-store matcher of the matching core: walks the overloaded store's neighbours in drive order and
 * stops at the maximum drive or the {@code limit}-th match; the capacity check is one atomic read, the technician
 * check a look at the store's technicians with the skill. Takes no lock.
 */
public final class IndexedReceivingStoreMatcher implements ReceivingStoreMatcher {

    private final LiveNetwork live;
    private final NetworkSnapshot network;
    private final MatchSettings settings;
    private final SupportRules rules;

    public IndexedReceivingStoreMatcher(LiveNetwork live, MatchSettings settings) {
        this.live = Objects.requireNonNull(live, "live");
        this.network = live.base();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rules = new SupportRules(live, settings);
    }

    @Override
    public ReceivingMatch match(ReceivingRequest request) {
        int from = network.storeIndex(request.store());
        DriveIndex drives = live.drives();
        int skill = live.technicianBoard().skillId(request.skill());
        int jobs = settings.jobsFor(request.jobHours());
        long day = request.date().toEpochDay();
        double maxMinutes = request.maxDriveMinutes();
        List<ReceivingOption> options = new ArrayList<>(request.limit());
        int neighbours = drives.neighbourCount();
        for (int rank = 0; rank < neighbours && options.size() < request.limit(); rank++) {
            int store = drives.nearest(from, rank);
            float minutes = drives.nearestMinutes(from, rank);
            if (minutes > maxMinutes) {
                break;
            }
            ReceivingOption option = option(store, from, minutes, jobs, skill, day);
            if (option != null) {
                options.add(option);
            }
        }
        List<Rejection> misses = options.isEmpty() ? rules.explainReceivingMiss(from, request) : List.of();
        return new ReceivingMatch(request, options, misses);
    }

    /** The option of {@code store}, or {@code null} when it cannot take the job. */
    static ReceivingOption option(LiveNetwork live, SupportRules rules, int store, int from, float minutes,
            int jobs, int skill, long day) {
        CapacityBoard board = live.capacityBoard();
        int cell = board.cell(store, day);
        int capacity = board.capacity(cell);
        int booked = board.booked(cell);
        if (capacity - booked < jobs || !rules.hasQualifiedOnDuty(store, skill)) {
            return null;
        }
        return new ReceivingOption(live.base().storeAt(store), minutes, live.drives().kilometres(store, from),
                capacity - booked, (double) booked / capacity);
    }

    private ReceivingOption option(int store, int from, float minutes, int jobs, int skill, long day) {
        return option(live, rules, store, from, minutes, jobs, skill, day);
    }
}
