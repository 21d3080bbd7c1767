package dev.tandem.match;

import dev.tandem.travel.DriveIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * The straightforward transfer advisor: a map of holders per part, filtered and sorted by drive time on every
 * query, {@code O(holders log holders)}. It reads a fixed snapshot. It is the reference the indexed advisor is
 * checked against and the baseline it is benchmarked against; it applies the same policy
 * ({@link TransferOptions}).
 */
final class ScanningTransferAdvisor implements TransferAdvisor {

    private final NetworkSnapshot network;
    private final DriveIndex drives;
    private final MatchSettings settings;
    private final TransferOptions options;
    private final Map<PartNumber, List<StockLevel>> holders = new HashMap<>();

    ScanningTransferAdvisor(NetworkSnapshot network, DriveIndex drives, MatchSettings settings) {
        this.network = Objects.requireNonNull(network, "network");
        this.drives = Objects.requireNonNull(drives, "drives");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.options = new TransferOptions(network, drives, settings);
        for (StockLevel level : network.stock()) {
            holders.computeIfAbsent(level.part(), part -> new ArrayList<>()).add(level);
        }
    }

    @Override
    public TransferAdvice advise(TransferRequest request) {
        int target = network.storeIndex(request.store());
        network.part(request.part());
        List<Source> sources = new ArrayList<>();
        for (StockLevel level : holders.getOrDefault(request.part(), List.of())) {
            int store = network.storeIndex(level.store());
            if (store != target && level.available() > 0) {
                sources.add(new Source(store, drives.minutes(store, target), level.spareAboveSafety(),
                        level.available(), level.avgDailyDemand()));
            }
        }
        sources.sort(Source::compare);
        List<TransferOption> ranked = new ArrayList<>();
        sources.stream().filter(Source::hasSpare).limit(request.limit())
                .forEach(source -> ranked.add(ranked(target, request, source)));
        sources.stream().filter(source -> !source.hasSpare()).limit(request.limit() - ranked.size())
                .forEach(source -> ranked.add(ranked(target, request, source)));
        Optional<SplitProposal> split = options.splitIfNeeded(target, request, sources);
        List<Rejection> misses = ranked.isEmpty() ? explainMiss(target, request) : List.of();
        return new TransferAdvice(request, ranked, split, misses);
    }

    private TransferOption ranked(int target, TransferRequest request, Source source) {
        return options.ranked(request, source.store(), source.minutes(), drives.kilometres(source.store(), target),
                source.spare(), source.available(), source.demand());
    }

    private List<Rejection> explainMiss(int target, TransferRequest request) {
        List<Rejection> misses = new ArrayList<>();
        IntStream.range(0, network.storeCount()).filter(store -> store != target).boxed()
                .sorted(Comparator.comparingDouble((Integer store) -> drives.minutes(store, target))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(settings.explainNearest())
                .forEach(store -> {
                    Store candidate = network.storeAt(store);
                    Optional<StockLevel> level = network.stock(candidate.id(), request.part());
                    if (level.isEmpty() || level.get().onHand() == 0) {
                        misses.add(Rejection.ofStore(candidate, Rule.NO_STOCK, "holds none"));
                    } else {
                        misses.add(Rejection.ofStore(candidate, Rule.ALL_RESERVED,
                                "its " + level.get().onHand() + " units are all reserved"));
                    }
                });
        return misses;
    }
}
