package dev.tandem.match;

import dev.tandem.travel.DriveIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.tandem.model.Technician;
import dev.tandem.network.NetworkSnapshot;

/**
 * The straightforward technician matcher: every technician of the network filtered by the rules and sorted by
 * drive time on each query, {@code O(technicians log technicians)}. The reference the indexed matcher is checked
 * against and the baseline it is benchmarked against; it applies the same rules ({@link SupportRules}).
 */
final class ScanningTechnicianMatcher implements TechnicianMatcher {

    private final LiveNetwork live;
    private final NetworkSnapshot network;
    private final SupportRules rules;

    ScanningTechnicianMatcher(LiveNetwork live, MatchSettings settings) {
        this.live = Objects.requireNonNull(live, "live");
        this.network = live.base();
        this.rules = new SupportRules(live, Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public TechnicianMatch match(TechnicianRequest request) {
        int target = network.storeIndex(request.store());
        DriveIndex drives = live.drives();
        long start = request.window().from().toEpochSecond();
        long end = request.window().to().toEpochSecond();
        long day = request.window().from().toLocalDate().toEpochDay();
        List<Integer> qualified = new ArrayList<>();
        for (int t = 0; t < network.technicianCount(); t++) {
            Technician technician = network.technicianAt(t);
            int home = network.storeIndex(technician.store());
            if (home != target && technician.isQualifiedFor(request.skill(), request.minimumLevel())
                    && !rules.isOverloaded(home, day) && rules.isFree(t, start, end)) {
                qualified.add(t);
            }
        }
        qualified.sort(Comparator.comparingDouble((Integer t) -> drives.minutes(home(t), target))
                .thenComparingInt(this::home)
                .thenComparing(t -> network.technicianAt(t).level())
                .thenComparingInt(t -> t));
        List<TechnicianOption> options = qualified.stream().limit(request.limit())
                .map(t -> rules.technicianOption(t, home(t), target)).toList();
        List<Rejection> misses = options.isEmpty() ? rules.explainTechnicianMiss(target, request) : List.of();
        return new TechnicianMatch(request, options, misses);
    }

    private int home(int technician) {
        return network.storeIndex(network.technicianAt(technician).store());
    }
}
