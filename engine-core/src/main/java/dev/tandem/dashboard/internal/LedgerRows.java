package dev.tandem.dashboard.internal;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.kpi.Breach;
import dev.tandem.kpi.IncentivePolicy;
import dev.tandem.kpi.ServiceLevel;
import dev.tandem.kpi.ServiceLevelSettings;
import dev.tandem.kpi.ServiceLevels;
import dev.tandem.kpi.StorePoints;
import dev.tandem.ledger.LedgerEntry;
import dev.tandem.ledger.LedgerState;
import dev.tandem.ledger.StockMovement;
import dev.tandem.model.StoreId;

/** What a ledger gives a dashboard: the parts that went between stores, the points earned and the breaches. */
public final class LedgerRows {

    private LedgerRows() {
    }

    /** Each done parts move (transfer or dead-stock revival) that {@code include} accepts, counted once. */
    public static DashboardData.Builder transfers(DashboardData.Builder builder, LedgerState ledger,
            Predicate<LedgerEntry> include) {
        for (LedgerEntry entry : ledger.records()) {
            if (entry.request() instanceof StockMovement move && entry.status().isDone() && include.test(entry)) {
                builder.transfers(move.from().value(), move.to().value(), 1);
            }
        }
        return builder;
    }

    /** The points each store earned for the records done that {@code include} accepts. */
    public static DashboardData.Builder points(DashboardData.Builder builder, LedgerState ledger,
            Predicate<LedgerEntry> include, IncentivePolicy policy) {
        for (StorePoints points : StorePoints.earned(ledger, include, policy)) {
            if (points.points() > 0) {
                builder.points(points.store().value(), points.points());
            }
        }
        return builder;
    }

    /** One row per store and kind of breach among the requests {@code include} accepts, measured at {@code asOf}. */
    public static DashboardData.Builder breaches(DashboardData.Builder builder, LedgerState ledger,
            Predicate<LedgerEntry> include, OffsetDateTime asOf, ServiceLevelSettings settings) {
        Objects.requireNonNull(asOf, "asOf");
        ServiceLevels levels = ServiceLevels.measure(ledger, include, asOf, settings);
        for (Map.Entry<StoreId, ServiceLevel> store : levels.stores().entrySet()) {
            for (Breach breach : Breach.values()) {
                int count = store.getValue().breaches(breach);
                if (count > 0) {
                    builder.breach(new DashboardData.ServiceBreach(store.getKey().value(),
                            breach.name().toLowerCase(Locale.ROOT).replace('_', ' '), "none",
                            count + (count == 1 ? " breach" : " breaches")));
                }
            }
        }
        return builder;
    }
}
