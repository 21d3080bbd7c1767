package dev.tandem.service.report;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.dashboard.DashboardRenderer;
import dev.tandem.dashboard.internal.LedgerRows;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.forecast.CapacityForecaster;
import dev.tandem.forecast.ForecastSettings;
import dev.tandem.io.report.AnalyticsJson;
import dev.tandem.io.report.ReportJson;
import dev.tandem.kpi.Breach;
import dev.tandem.kpi.ServiceLevel;
import dev.tandem.kpi.ServiceLevels;
import dev.tandem.kpi.StoreRanking;
import dev.tandem.ledger.LedgerEntry;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerState;
import dev.tandem.ledger.StockKey;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.report.IsoWeek;
import dev.tandem.report.ReportSettings;
import dev.tandem.report.WeeklyReport;
import dev.tandem.service.Json;
import dev.tandem.service.ServiceException;
import dev.tandem.service.live.LiveState;
import dev.tandem.service.store.Database;
import dev.tandem.service.store.HistoryStore;
import dev.tandem.service.store.LedgerStore;
import dev.tandem.service.store.NetworkStore;
import dev.tandem.service.store.NetworkStore.StockRow;

/**
 * The measures HQ and the stores read, computed by the library from the ledger in the database: the weekly
 * collaboration report, service levels and points (the KPIs), the monthly ranking, the capacity forecast and the
 * dashboard.
 */
public final class Reports {

    /** One store's KPIs for a month: its service levels and the points it earned. */
    public record StoreKpi(String store, int requests, int answered, Long meanAnswerMinutes,
            Long meanFulfilmentMinutes, Map<String, Integer> breaches, int points, Integer rank) {
    }

    /** The KPIs of a month. */
    public record Kpis(YearMonth month, OffsetDateTime asOf, List<StoreKpi> stores) {
    }

    /** One row of the monthly ranking. */
    public record RankRow(int rank, String store, int points, Map<String, Integer> records, String reward) {
    }

    /** The monthly ranking; the top three are rewarded. */
    public record Ranking(YearMonth month, List<RankRow> ranks) {
    }

    private final Database database;
    private final LiveState live;
    private final Clock clock;
    private final ReportSettings settings = ReportSettings.DEFAULT;

    public Reports(Database database, LiveState live, Clock clock) {
        this.database = database;
        this.live = live;
        this.clock = clock;
    }

    /** The ledger as the library's reports read it: every record from its events, and the stock on hand now. */
    public LedgerState ledger() {
        return database.read(tx -> {
            Map<RequestId, LedgerEntry> entries = new LinkedHashMap<>();
            for (Map.Entry<String, List<LedgerEvent>> record : LedgerStore.events(tx).entrySet()) {
                LedgerEvent.Requested first = (LedgerEvent.Requested) record.getValue().get(0);
                entries.put(RequestId.of(record.getKey()), new LedgerEntry(first.request(), record.getValue()));
            }
            TreeMap<StockKey, Integer> onHand = new TreeMap<>();
            for (StockRow row : NetworkStore.stock(tx)) {
                onHand.put(new StockKey(StoreId.of(row.store()), PartNumber.of(row.part())), row.onHand());
            }
            return new LedgerState(live.base().stores().stream().map(Store::id).toList(), entries, onHand);
        });
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(live.base().asOf().getOffset());
    }

    public JsonNode weekly(IsoWeek week) {
        return Json.tree(ReportJson.toJson(WeeklyReport.of(ledger(), week, now(), settings)));
    }

    public Ranking ranking(YearMonth month) {
        StoreRanking ranking = StoreRanking.monthly(ledger(), month, settings.incentives());
        return new Ranking(month, ranking.ranks().stream().map(rank -> new RankRow(rank.rank(),
                rank.points().store().value(), rank.points().points(), kinds(rank.points().records()),
                rank.reward().toYuan().toPlainString())).toList());
    }

    /** KPIs of a month: all stores for HQ, or the one store given. */
    public Kpis kpis(YearMonth month, Optional<String> onlyStore) {
        LedgerState ledger = ledger();
        Predicate<LedgerEntry> inMonth = entry -> YearMonth.from(entry.requestedAt()).equals(month);
        ServiceLevels levels = ServiceLevels.measure(ledger, inMonth, now(), settings.serviceLevels());
        StoreRanking ranking = StoreRanking.monthly(ledger, month, settings.incentives());
        List<StoreKpi> rows = live.base().stores().stream().map(store -> store.id().value())
                .filter(store -> onlyStore.map(store::equals).orElse(true))
                .map(store -> kpi(store, levels, ranking)).toList();
        return new Kpis(month, now(), rows);
    }

    /** The capacity forecast from the booking history; 409 when there is none yet. */
    public JsonNode forecast() {
        return Json.tree(AnalyticsJson.toJson(forecastOf(live.snapshot(), history().orElseThrow(() ->
                ServiceException.conflict("no-history", "There is no booking history to forecast from yet.\n"
                        + "HQ can load one with PUT /api/history (the command line's history format).")))));
    }

    /** The dashboard of an ISO week as one self-contained HTML page. */
    public String dashboard(IsoWeek week) {
        NetworkSnapshot network = live.snapshot();
        LedgerState ledger = ledger();
        OffsetDateTime asOf = now();
        WeeklyReport report = WeeklyReport.of(ledger, week, asOf, settings);
        Predicate<LedgerEntry> inWeek = entry -> week.contains(entry.requestedAt().toLocalDate());
        DashboardData.Builder builder = DashboardData.builder(network).title("Collaboration in " + week)
                .headline("transfers done", String.valueOf(report.transfers().done()))
                .headline("support trips", String.valueOf(report.support().done()))
                .headline("value created (CNY)", report.valueCreated().toYuan().toPlainString())
                .activity(week.monday(), week.sunday()).breachPeriod(week.monday(), week.sunday());
        Optional<BookingHistory> history = history();
        history.ifPresent(bookings -> builder.history(bookings, 14).forecast(forecastOf(network, bookings)));
        LedgerRows.transfers(builder, ledger, inWeek);
        LedgerRows.points(builder, ledger, inWeek, settings.incentives());
        LedgerRows.breaches(builder, ledger, inWeek, asOf, settings.serviceLevels());
        return new DashboardRenderer().render(builder.build());
    }

    public Optional<BookingHistory> history() {
        List<CapacityDay> days = database.read(HistoryStore::all);
        return days.isEmpty() ? Optional.empty() : Optional.of(BookingHistory.of(days));
    }

    private static CapacityForecast forecastOf(NetworkSnapshot network, BookingHistory history) {
        return new CapacityForecaster(ForecastSettings.DEFAULT).forecast(network, history);
    }

    private static StoreKpi kpi(String store, ServiceLevels levels, StoreRanking ranking) {
        ServiceLevel level = levels.stores().get(StoreId.of(store));
        Optional<StoreRanking.Rank> rank = ranking.ranks().stream()
                .filter(row -> row.points().store().value().equals(store)).findFirst();
        Map<String, Integer> breaches = new TreeMap<>();
        if (level != null) {
            for (Map.Entry<Breach, Integer> breach : level.breaches().entrySet()) {
                breaches.put(breach.getKey().name(), breach.getValue());
            }
        }
        return new StoreKpi(store, level == null ? 0 : level.requests(), level == null ? 0 : level.answered(),
                level == null ? null : level.meanAnswerTime().map(Duration::toMinutes).orElse(null),
                level == null ? null : level.meanFulfilmentTime().map(Duration::toMinutes).orElse(null), breaches,
                rank.map(row -> row.points().points()).orElse(0), rank.map(StoreRanking.Rank::rank).orElse(null));
    }

    private static Map<String, Integer> kinds(Map<dev.tandem.ledger.RecordKind, Integer> records) {
        Map<String, Integer> byName = new TreeMap<>();
        records.forEach((kind, count) -> byName.put(kind.name(), count));
        return byName;
    }

    /** Today's ISO week in the network's time zone. */
    public IsoWeek thisWeek() {
        return IsoWeek.of(now().toLocalDate());
    }

    /** This month in the network's time zone. */
    public YearMonth thisMonth() {
        return YearMonth.from(OffsetDateTime.now(clock).withOffsetSameInstant(live.base().asOf().getOffset()));
    }

    static ZoneOffset offset(NetworkSnapshot network) {
        return network.asOf().getOffset();
    }
}
