package dev.tandem.kpi;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The weights of the store-manager KPI (协同导向的考核). Default from the playbook: own results 50 %,
 * collaboration contribution 30 %, customer satisfaction 20 %.
 *
 * @param ownResults weight of the store's own results, from 0 to 1
 * @param collaboration weight of the collaboration contribution, from 0 to 1
 * @param satisfaction weight of customer satisfaction, from 0 to 1; the three sum to exactly 1
 */
public record KpiWeights(BigDecimal ownResults, BigDecimal collaboration, BigDecimal satisfaction) {

    public static final KpiWeights DEFAULT =
            new KpiWeights(new BigDecimal("0.50"), new BigDecimal("0.30"), new BigDecimal("0.20"));

    public KpiWeights {
        Objects.requireNonNull(ownResults, "ownResults");
        Objects.requireNonNull(collaboration, "collaboration");
        Objects.requireNonNull(satisfaction, "satisfaction");
        checkArgument(ownResults.signum() >= 0 && collaboration.signum() >= 0 && satisfaction.signum() >= 0
                && ownResults.add(collaboration).add(satisfaction).compareTo(BigDecimal.ONE) == 0,
                "The weights (%s, %s, %s) must be 0 or more and sum to 1.", ownResults, collaboration, satisfaction);
    }
}
