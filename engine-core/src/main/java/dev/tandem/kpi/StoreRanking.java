package dev.tandem.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.ledger.LedgerState;
import dev.tandem.model.Money;

/**
 * The monthly ranking of stores by incentive points (每月积分排名), with the rewards of the top ranks. Stores with
 * equal points share a rank (1, 2, 2, 4) and each gets that rank's reward; a store without points is ranked but
 * never rewarded.
 *
 * @param month the month ranked
 * @param ranks every store, best first, then by store id
 */
public record StoreRanking(YearMonth month, List<Rank> ranks) {

    /**
     * One store's place.
     *
     * @param rank 1 for the best; equal points, equal rank
     * @param points the store's points and records
     * @param reward its reward this month
     */
    public record Rank(int rank, StorePoints points, Money reward) {

        public Rank {
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(reward, "reward");
        }
    }

    public StoreRanking {
        Objects.requireNonNull(month, "month");
        ranks = ImmutableList.copyOf(ranks);
    }

    /** The ranking of the records done in {@code month} (in the offset of their done time). */
    public static StoreRanking monthly(LedgerState ledger, YearMonth month, IncentivePolicy policy) {
        List<StorePoints> sorted = new ArrayList<>(StorePoints.earned(ledger,
                entry -> TechnicianSubsidy.doneIn(entry, month), policy));
        sorted.sort(Comparator.comparingInt(StorePoints::points).reversed()
                .thenComparing(StorePoints::store));
        List<Rank> ranks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            StorePoints points = sorted.get(i);
            int rank = i > 0 && points.points() == sorted.get(i - 1).points() ? ranks.get(i - 1).rank() : i + 1;
            ranks.add(new Rank(rank, points, points.points() > 0 ? policy.reward(rank) : Money.ZERO));
        }
        return new StoreRanking(month, ranks);
    }

    /** The stores ranked {@code n} or better: the top 3 with {@code top(3)}, more on a tie. */
    public List<Rank> top(int n) {
        return ranks.stream().filter(rank -> rank.rank() <= n && rank.points().points() > 0).toList();
    }

    /** The points of the best store, 0 when nobody earned any. */
    public int bestPoints() {
        return ranks.isEmpty() ? 0 : ranks.get(0).points().points();
    }
}
