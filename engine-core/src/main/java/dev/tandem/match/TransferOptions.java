package dev.tandem.match;

import dev.tandem.travel.DriveIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * Turns sources into ranked options and split proposals: the policy both transfer advisors share, so that they
 * differ only in how they find the sources.
 */
final class TransferOptions {

    private final NetworkSnapshot network;
    private final DriveIndex drives;
    private final MatchSettings settings;

    TransferOptions(NetworkSnapshot network, DriveIndex drives, MatchSettings settings) {
        this.network = network;
        this.drives = drives;
        this.settings = settings;
    }

    /** The option of one source giving {@code quantity} units to store {@code target}. */
    TransferOption option(int target, TransferRequest request, int store, float minutes, int quantity, int spare,
            int available, double demand) {
        return option(request, store, minutes, drives.kilometres(store, target), quantity, spare, available, demand);
    }

    private TransferOption option(TransferRequest request, int store, float minutes, float km, int quantity,
            int spare, int available, double demand) {
        double eta = settings.handlingMinutes() + minutes;
        double cover = demand > 0 ? (available - quantity) / demand : Double.POSITIVE_INFINITY;
        Store source = network.storeAt(store);
        return new TransferOption(source, quantity, spare, eta, km, settings.freight().trip(km), cover,
                quantity > spare, eta <= request.promiseMinutes());
    }

    /** The option of a ranked source: all it can give without dipping, or, without spare, from safety stock. */
    TransferOption ranked(TransferRequest request, int store, float minutes, float km, int spare, int available,
            double demand) {
        int quantity = Math.min(request.quantity(), spare > 0 ? spare : available);
        return option(request, store, minutes, km, quantity, spare, available, demand);
    }

    /**
     * A split when no single source has the whole quantity to spare and the best split takes more than one
     * source or leaves units uncovered.
     *
     * @param sources every source with available units, in drive order
     */
    Optional<SplitProposal> splitIfNeeded(int target, TransferRequest request, List<Source> sources) {
        if (sources.isEmpty() || sources.stream().anyMatch(source -> source.spare() >= request.quantity())) {
            return Optional.empty();
        }
        SplitProposal proposal = split(target, request, sources);
        return proposal.legs().size() > 1 || proposal.uncovered() > 0 ? Optional.of(proposal) : Optional.empty();
    }

    /**
     * The fewest sources that together cover the quantity, and among those the ones whose slowest arrives
     * first; sources kept above safety stock when they suffice, otherwise safety stock too.
     *
     * @param sources every source, in drive order
     */
    SplitProposal split(int target, TransferRequest request, List<Source> sources) {
        int quantity = request.quantity();
        long totalSpare = sources.stream().mapToLong(Source::spare).sum();
        boolean spareSuffices = totalSpare >= quantity;
        int[] capacity = sources.stream().mapToInt(s -> spareSuffices ? s.spare() : s.available()).toArray();
        long total = 0;
        for (int c : capacity) {
            total += c;
        }
        int goal = (int) Math.min(quantity, total);
        int fewest = fewestCovering(capacity, goal);
        // Smallest drive-order prefix whose `fewest` largest capacities cover the goal.
        PriorityQueue<Integer> largest = new PriorityQueue<>(Comparator.<Integer>comparingInt(i -> capacity[i])
                .thenComparing(Comparator.reverseOrder()));
        long sum = 0;
        for (int i = 0; i < capacity.length && sum < goal; i++) {
            if (capacity[i] == 0) {
                continue;
            }
            largest.add(i);
            sum += capacity[i];
            if (largest.size() > fewest) {
                sum -= capacity[largest.poll()];
            }
        }
        List<Integer> chosen = new ArrayList<>(largest);
        chosen.sort(Comparator.naturalOrder());
        List<TransferOption> legs = new ArrayList<>(chosen.size());
        int remaining = goal;
        for (int i : chosen) {
            int give = Math.min(remaining, capacity[i]);
            if (give > 0) {
                Source source = sources.get(i);
                legs.add(option(target, request, source.store(), source.minutes(), give, source.spare(),
                        source.available(), source.demand()));
                remaining -= give;
            }
        }
        return new SplitProposal(legs, goal, quantity - goal);
    }

    /** How many of the largest capacities it takes to reach {@code goal}. */
    private static int fewestCovering(int[] capacity, int goal) {
        int[] sorted = capacity.clone();
        Arrays.sort(sorted);
        long sum = 0;
        int count = 0;
        for (int i = sorted.length - 1; i >= 0 && sum < goal; i--) {
            sum += sorted[i];
            count++;
        }
        return Math.max(1, count);
    }
}
