package dev.tandem.match;

import dev.tandem.travel.DriveIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.tandem.network.NetworkSnapshot;

/**
 * The straightforward receiving-store matcher: every store filtered by the rules and sorted by drive time on each
 * query, {@code O(stores log stores)}. The reference and benchmark baseline of the indexed matcher; same rules.
 */
final class ScanningReceivingStoreMatcher implements ReceivingStoreMatcher {

    private final LiveNetwork live;
    private final NetworkSnapshot network;
    private final MatchSettings settings;
    private final SupportRules rules;

    ScanningReceivingStoreMatcher(LiveNetwork live, MatchSettings settings) {
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
        List<ReceivingOption> options = new ArrayList<>();
        for (int store = 0; store < network.storeCount(); store++) {
            float minutes = drives.minutes(store, from);
            if (store != from && minutes <= request.maxDriveMinutes()) {
                rules.receivingOption(store, from, minutes, jobs, skill, day).ifPresent(options::add);
            }
        }
        options.sort(Comparator.comparingDouble(ReceivingOption::driveMinutes)
                .thenComparingInt(option -> network.storeIndex(option.store().id())));
        List<ReceivingOption> ranked = options.stream().limit(request.limit()).toList();
        List<Rejection> misses = ranked.isEmpty() ? rules.explainReceivingMiss(from, request) : List.of();
        return new ReceivingMatch(request, ranked, misses);
    }
}
