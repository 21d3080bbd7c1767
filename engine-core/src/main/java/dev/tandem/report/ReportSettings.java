package dev.tandem.report;

import java.util.Objects;

import dev.tandem.kpi.IncentivePolicy;
import dev.tandem.kpi.ServiceLevelSettings;
import dev.tandem.model.Money;

/**
 * What reports value collaboration by. Defaults from the playbook: a customer's lifetime value of 80,000 CNY,
 * the playbook's points and promises.
 *
 * @param lifetimeValue what one retained customer is worth (CLV)
 * @param incentives the points per record kind
 * @param serviceLevels the promises breaches are counted against
 */
public record ReportSettings(Money lifetimeValue, IncentivePolicy incentives, ServiceLevelSettings serviceLevels) {

    public static final ReportSettings DEFAULT =
            new ReportSettings(Money.ofYuan(80_000), IncentivePolicy.DEFAULT, ServiceLevelSettings.DEFAULT);

    public ReportSettings {
        Objects.requireNonNull(lifetimeValue, "lifetimeValue");
        Objects.requireNonNull(incentives, "incentives");
        Objects.requireNonNull(serviceLevels, "serviceLevels");
    }
}
