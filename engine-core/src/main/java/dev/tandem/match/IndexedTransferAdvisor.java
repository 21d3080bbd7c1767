package dev.tandem.match;

import dev.tandem.travel.DriveIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * The transfer advisor of the matching core: visits only the nearest candidates.
 *
 * <p>It walks the requesting store's neighbours in drive order, testing each against the part's bit set of
 * holders, and stops at the {@code limit}-th source with spare stock: {@code O(visited)} bit tests, the neighbour
 * list and its drive times read sequentially. For a part held by very few stores (fewer than one in 64) it ranks
 * the holders directly instead: {@code O(holders × limit)}. A split, needed only when no single store has the quantity, reads
 * all holders. The query reads the part's stock under an optimistic stamp and retries under the read lock if an
 * update intervened, so it never sees a half-applied transfer. It allocates only its result, using per-thread
 * scratch arrays.
 */
final class IndexedTransferAdvisor implements TransferAdvisor {

    /** Parts held by fewer than one store in this many are ranked from their holders, not by a walk. */
    private static final int SPARSE_RATIO = 64;

    private final LiveNetwork live;
    private final MatchSettings settings;
    private final NetworkSnapshot network;
    private final DriveIndex drives;
    private final TransferOptions options;
    private final ThreadLocal<Scratch> scratch;

    IndexedTransferAdvisor(LiveNetwork live, MatchSettings settings) {
        this.live = Objects.requireNonNull(live, "live");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.network = live.base();
        this.drives = live.drives();
        this.options = new TransferOptions(network, drives, settings);
        this.scratch = ThreadLocal.withInitial(Scratch::new);
    }

    @Override
    public TransferAdvice advise(TransferRequest request) {
        int target = network.storeIndex(request.store());
        PartHoldings holdings = live.holdings(network.partIndex(request.part()));
        // No more options than other stores: a huge limit must not size the scratch buffers.
        int limit = Math.max(1, Math.min(request.limit(), drives.neighbourCount()));
        Scratch found = scratch.get();
        found.reset(limit);
        long stamp = holdings.lock.tryOptimisticRead();
        boolean needsSplit = stamp != 0 && collectNearest(holdings, target, request, found);
        if (stamp == 0 || needsSplit || !holdings.lock.validate(stamp)) {
            return adviseLocked(holdings, target, request, found);
        }
        return advice(target, request, found, Optional.empty());
    }

    private TransferAdvice adviseLocked(PartHoldings holdings, int target, TransferRequest request, Scratch found) {
        long stamp = holdings.lock.readLock();
        try {
            found.reset(found.limit);
            boolean needsSplit = collectNearest(holdings, target, request, found);
            Optional<SplitProposal> split = Optional.empty();
            if (needsSplit) {
                split = options.splitIfNeeded(target, request, allSources(holdings, target));
            }
            TransferAdvice advice = advice(target, request, found, split);
            if (advice.options().isEmpty()) {
                return new TransferAdvice(request, advice.options(), split, explainMiss(holdings, target));
            }
            return advice;
        } finally {
            holdings.lock.unlockRead(stamp);
        }
    }

    /**
     * Fills {@code found} with the nearest sources with spare stock and, while fewer than the limit, those that
     * would have to dip into safety stock. Returns whether the locked pass is needed: no single source has the
     * whole quantity to spare, so a split is proposed or the miss explained.
     */
    private boolean collectNearest(PartHoldings holdings, int target, TransferRequest request, Scratch found) {
        PartHoldings.Rows rows = holdings.rows;
        int count = PartHoldings.count(rows, holdings.size);
        if ((long) count * SPARSE_RATIO < drives.storeCount()) {
            for (int slot = 0; slot < count; slot++) {
                int store = rows.stores[slot];
                if (store != target) {
                    found.offer(store, drives.minutes(store, target), drives.kilometres(store, target), rows, slot);
                }
            }
        } else {
            int neighbours = drives.neighbourCount();
            for (int rank = 0; rank < neighbours && found.spareCount < found.limit; rank++) {
                int store = drives.nearest(target, rank);
                if (holdings.isHeldBy(store)) {
                    int slot = holdings.slotOf(rows, count, store);
                    if (slot >= 0) {
                        found.offer(store, drives.nearestMinutes(target, rank),
                                drives.nearestKilometres(target, rank), rows, slot);
                    }
                }
            }
        }
        for (int i = 0; i < found.spareCount; i++) {
            if (found.spare[i] >= request.quantity()) {
                return false;
            }
        }
        // A store beyond the nearest with the whole quantity to spare also rules out a split: one pass over the
        // holders decides that, where the locked pass would build and sort every source only to find it.
        return !hasSpareElsewhere(rows, count, target, request.quantity());
    }

    private static boolean hasSpareElsewhere(PartHoldings.Rows rows, int count, int target, int quantity) {
        for (int slot = 0; slot < count; slot++) {
            if (rows.stores[slot] != target && rows.spare(slot) >= quantity) {
                return true;
            }
        }
        return false;
    }

    private List<Source> allSources(PartHoldings holdings, int target) {
        PartHoldings.Rows rows = holdings.rows;
        int count = PartHoldings.count(rows, holdings.size);
        List<Source> sources = new ArrayList<>();
        for (int slot = 0; slot < count; slot++) {
            int store = rows.stores[slot];
            if (store != target && rows.available(slot) > 0) {
                sources.add(new Source(store, drives.minutes(store, target), rows.spare(slot), rows.available(slot),
                        rows.demand[slot]));
            }
        }
        sources.sort(Source::compare);
        return sources;
    }

    private TransferAdvice advice(int target, TransferRequest request, Scratch found, Optional<SplitProposal> split) {
        int size = Math.min(found.limit, found.spareCount + found.dipCount);
        // Built immutable here, so the advice keeps this list instead of copying it.
        ImmutableList.Builder<TransferOption> ranked = ImmutableList.builderWithExpectedSize(size);
        int added = 0;
        for (int i = 0; i < found.spareCount && added < size; i++, added++) {
            ranked.add(options.ranked(request, found.store[i], found.minutes[i], found.kilometres[i],
                    found.spare[i], found.available[i], found.demand[i]));
        }
        for (int at = found.limit; at < found.limit + found.dipCount && added < size; at++, added++) {
            ranked.add(options.ranked(request, found.store[at], found.minutes[at], found.kilometres[at],
                    found.spare[at], found.available[at], found.demand[at]));
        }
        return new TransferAdvice(request, ranked.build(), split, ImmutableList.of());
    }

    private List<Rejection> explainMiss(PartHoldings holdings, int target) {
        PartHoldings.Rows rows = holdings.rows;
        int count = PartHoldings.count(rows, holdings.size);
        int explain = Math.min(settings.explainNearest(), drives.neighbourCount());
        List<Rejection> misses = new ArrayList<>(explain);
        for (int rank = 0; rank < explain; rank++) {
            int store = drives.nearest(target, rank);
            int slot = holdings.slotOf(rows, count, store);
            Store candidate = network.storeAt(store);
            if (slot < 0 || rows.onHand(slot) == 0) {
                misses.add(Rejection.ofStore(candidate, Rule.NO_STOCK, "holds none"));
            } else {
                misses.add(Rejection.ofStore(candidate, Rule.ALL_RESERVED,
                        "its " + rows.onHand(slot) + " units are all reserved"));
            }
        }
        return misses;
    }

    /**
     * Per-thread buffers: slots {@code [0, limit)} hold sources with spare in drive order, slots
     * {@code [limit, 2 limit)} those that would dip into safety stock.
     */
    private static final class Scratch {
        int limit;
        int spareCount;
        int dipCount;
        int[] store = new int[16];
        float[] minutes = new float[16];
        float[] kilometres = new float[16];
        int[] spare = new int[16];
        int[] available = new int[16];
        double[] demand = new double[16];

        void reset(int newLimit) {
            limit = newLimit;
            spareCount = 0;
            dipCount = 0;
            if (store.length < 2 * newLimit) {
                store = new int[2 * newLimit];
                minutes = new float[2 * newLimit];
                kilometres = new float[2 * newLimit];
                spare = new int[2 * newLimit];
                available = new int[2 * newLimit];
                demand = new double[2 * newLimit];
            }
        }

        /** Keeps the source if it is among the nearest {@code limit} of its kind seen so far. */
        void offer(int storeIndex, float drive, float km, PartHoldings.Rows rows, int slot) {
            int free = rows.available(slot);
            if (free == 0) {
                return;
            }
            int spareUnits = rows.spare(slot);
            if (spareUnits > 0) {
                spareCount = insert(0, spareCount, storeIndex, drive, km, spareUnits, free, rows.demand[slot]);
            } else {
                dipCount = insert(limit, dipCount, storeIndex, drive, km, 0, free, rows.demand[slot]);
            }
        }

        private int insert(int from, int count, int storeIndex, float drive, float km, int spareUnits, int free,
                double need) {
            int at = from + count;
            while (at > from && isAfter(at - 1, drive, storeIndex)) {
                at--;
            }
            if (at >= from + limit) {
                return count;
            }
            int last = Math.min(from + count, from + limit - 1);
            for (int i = last; i > at; i--) {
                store[i] = store[i - 1];
                minutes[i] = minutes[i - 1];
                kilometres[i] = kilometres[i - 1];
                spare[i] = spare[i - 1];
                available[i] = available[i - 1];
                demand[i] = demand[i - 1];
            }
            store[at] = storeIndex;
            minutes[at] = drive;
            kilometres[at] = km;
            spare[at] = spareUnits;
            available[at] = free;
            demand[at] = need;
            return Math.min(count + 1, limit);
        }

        private boolean isAfter(int i, float drive, int storeIndex) {
            int byMinutes = Float.compare(minutes[i], drive);
            return byMinutes > 0 || byMinutes == 0 && store[i] > storeIndex;
        }
    }
}
