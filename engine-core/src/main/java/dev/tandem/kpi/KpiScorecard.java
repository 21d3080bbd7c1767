package dev.tandem.kpi;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.tandem.model.StoreId;

/**
 * A store manager's KPI for a month: own results, collaboration contribution and customer satisfaction, each a
 * score from 0 to 100, and their weighted total. Own results and satisfaction come from the host (sales against
 * target, the satisfaction survey); the collaboration score is the store's points as a share of the month's best
 * store's, so the leader scores 100.
 *
 * @param store the store
 * @param ownResults 0 to 100
 * @param collaboration 0 to 100, one decimal
 * @param satisfaction 0 to 100
 * @param total the weighted sum, one decimal
 */
public record KpiScorecard(StoreId store, BigDecimal ownResults, BigDecimal collaboration, BigDecimal satisfaction,
        BigDecimal total) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * What the host knows of a store: scores from 0 to 100.
     *
     * @param ownResults the store's own results, such as revenue against its target
     * @param satisfaction customer satisfaction
     */
    public record HostScores(BigDecimal ownResults, BigDecimal satisfaction) {

        public HostScores {
            checkScore(ownResults, "ownResults");
            checkScore(satisfaction, "satisfaction");
        }
    }

    public KpiScorecard {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(total, "total");
        checkScore(ownResults, "ownResults");
        checkScore(collaboration, "collaboration");
        checkScore(satisfaction, "satisfaction");
    }

    /**
     * The scorecards of the ranked stores that have host scores, best total first, then by store id.
     *
     * @param ranking the month's ranking, for the collaboration scores
     * @param scores the host's scores per store; stores without are left out
     */
    public static List<KpiScorecard> of(StoreRanking ranking, Map<StoreId, HostScores> scores, KpiWeights weights) {
        int best = ranking.bestPoints();
        List<KpiScorecard> cards = new ArrayList<>();
        for (StoreRanking.Rank rank : ranking.ranks()) {
            HostScores host = scores.get(rank.points().store());
            if (host == null) {
                continue;
            }
            BigDecimal collaboration = best == 0 ? BigDecimal.ZERO.setScale(1)
                    : HUNDRED.multiply(BigDecimal.valueOf(rank.points().points()))
                            .divide(BigDecimal.valueOf(best), 1, RoundingMode.HALF_UP);
            BigDecimal total = weights.ownResults().multiply(host.ownResults())
                    .add(weights.collaboration().multiply(collaboration))
                    .add(weights.satisfaction().multiply(host.satisfaction()))
                    .setScale(1, RoundingMode.HALF_UP);
            cards.add(new KpiScorecard(rank.points().store(), host.ownResults(), collaboration, host.satisfaction(),
                    total));
        }
        cards.sort(Comparator.comparing(KpiScorecard::total).reversed().thenComparing(KpiScorecard::store));
        return cards;
    }

    private static void checkScore(BigDecimal score, String name) {
        Objects.requireNonNull(score, name);
        checkArgument(score.signum() >= 0 && score.compareTo(HUNDRED) <= 0, "The score %s (%s) must be from 0 to 100.",
                name, score);
    }
}
