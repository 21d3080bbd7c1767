package dev.tandem.match;

import dev.tandem.travel.DriveIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.tandem.network.NetworkSnapshot;

/**
 * The receiving-store matcher of the matching core: walks the overloaded store's neighbours in drive order (the
 * travel model's drive between the stores towards the overloaded one: the customer's drive under a symmetric
 * model, such as haversine or a matrix listing each pair once) and
 * stops at the maximum drive or the {@code limit}-th match; the capacity check is one atomic read, the technician
 * check a look at the store's technicians with the skill. Takes no lock.
 */
final class IndexedReceivingStoreMatcher implements ReceivingStoreMatcher {

    private final LiveNetwork live;
    private final NetworkSnapshot network;
    private final MatchSettings settings;
    private final SupportRules rules;

    IndexedReceivingStoreMatcher(LiveNetwork live, MatchSettings settings) {
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
        List<ReceivingOption> options = new ArrayList<>(Math.min(request.limit(), 16));
        int neighbours = drives.neighbourCount();
        for (int rank = 0; rank < neighbours && options.size() < request.limit(); rank++) {
            int store = drives.nearest(from, rank);
            float minutes = drives.nearestMinutes(from, rank);
            if (minutes > maxMinutes) {
                break;
            }
            rules.receivingOption(store, from, minutes, jobs, skill, day).ifPresent(options::add);
        }
        List<Rejection> misses = options.isEmpty() ? rules.explainReceivingMiss(from, request) : List.of();
        return new ReceivingMatch(request, options, misses);
    }
}
