package dev.tandem.match;

import dev.tandem.travel.DriveIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.tandem.network.NetworkSnapshot;

/**
 * The technician matcher of the matching core: walks the requesting store's neighbours in drive order and, at
 * each, only the technicians with the skill (indexed per store and skill, by level), stopping at the
 * {@code limit}-th match. Reads only atomic live state, so it takes no lock.
 */
final class IndexedTechnicianMatcher implements TechnicianMatcher {

    private final LiveNetwork live;
    private final NetworkSnapshot network;
    private final SupportRules rules;

    IndexedTechnicianMatcher(LiveNetwork live, MatchSettings settings) {
        this.live = Objects.requireNonNull(live, "live");
        this.network = live.base();
        this.rules = new SupportRules(live, Objects.requireNonNull(settings, "settings"));
    }

    @Override
    public TechnicianMatch match(TechnicianRequest request) {
        int target = network.storeIndex(request.store());
        TechnicianBoard board = live.technicianBoard();
        DriveIndex drives = live.drives();
        int skill = board.skillId(request.skill());
        List<TechnicianOption> options = new ArrayList<>(Math.min(request.limit(), 16));
        if (skill >= 0) {
            int minimum = request.minimumLevel().ordinal();
            long start = request.window().from().toEpochSecond();
            long end = request.window().to().toEpochSecond();
            long day = request.window().from().toLocalDate().toEpochDay();
            int neighbours = drives.neighbourCount();
            for (int rank = 0; rank < neighbours && options.size() < request.limit(); rank++) {
                int store = drives.nearest(target, rank);
                int[] skilled = board.withSkill(store, skill);
                if (skilled.length == 0 || board.level(skilled[skilled.length - 1]) < minimum
                        || rules.isOverloaded(store, day)) {
                    continue;
                }
                for (int i = 0; i < skilled.length && options.size() < request.limit(); i++) {
                    int t = skilled[i];
                    if (board.level(t) >= minimum && rules.isFree(t, start, end)) {
                        options.add(rules.technicianOption(t, store, target));
                    }
                }
            }
        }
        List<Rejection> misses = options.isEmpty() ? rules.explainTechnicianMiss(target, request) : List.of();
        return new TechnicianMatch(request, options, misses);
    }
}
