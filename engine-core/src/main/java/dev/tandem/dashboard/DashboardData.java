package dev.tandem.dashboard;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.forecast.BookingHistory;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.forecast.ForecastDay;
import dev.tandem.forecast.StoreForecast;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalancePlan;

/**
 * What the dashboard shows, as plain values: store labels, a utilization heat map per store and day, transfers
 * between store pairs, a contribution ranking, service-level breaches and a few headline figures. Stores are
 * named by id everywhere; {@link #stores()} gives their names and the order of rows and columns.
 *
 * @param title the page title
 * @param asOf the moment the data describes
 * @param thresholds how utilization is coloured (overloaded red, healthy amber, idle green)
 * @param stores the stores in display order
 * @param headlines figures shown as cards at the top, in order
 * @param utilization heat-map cells, at most one per store and date
 * @param transfers transfers between store pairs, each pair once
 * @param ranking contribution points per store; shown highest first
 * @param breaches service-level breaches, in order
 */
public record DashboardData(String title, OffsetDateTime asOf, LoadThresholds thresholds, List<StoreLabel> stores,
        List<Headline> headlines, List<UtilizationCell> utilization, List<TransferCount> transfers,
        List<RankingRow> ranking, List<ServiceBreach> breaches) {

    /** A store's id and display name. */
    public record StoreLabel(String id, String name) {

        public StoreLabel {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A figure such as {@code Dead stock} / {@code 1,234,567.00 CNY}. */
    public record Headline(String label, String value) {

        public Headline {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One store on one day.
     *
     * @param store the store id
     * @param date the day
     * @param utilization booked (or expected) over capacity, finite, 0 or more
     * @param forecast whether the figure is a forecast rather than bookings
     */
    public record UtilizationCell(String store, LocalDate date, double utilization, boolean forecast) {

        public UtilizationCell {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(date, "date");
            checkArgument(Double.isFinite(utilization) && utilization >= 0,
                    "The utilization (%s) of store (%s) on %s must be finite and not negative.", utilization, store,
                    date);
        }
    }

    /**
     * Transfers from one store to another.
     *
     * @param from the sending store id
     * @param to the receiving store id
     * @param count transfers, 1 or more
     */
    public record TransferCount(String from, String to, int count) {

        public TransferCount {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            checkArgument(count >= 1, "The transfer count (%s) from %s to %s must be 1 or more.", count, from, to);
        }
    }

    /** A store's collaboration contribution points (协同贡献). */
    public record RankingRow(String store, int points) {

        public RankingRow {
            Objects.requireNonNull(store, "store");
        }
    }

    /**
     * A service level missed, such as a transfer answered later than promised.
     *
     * @param store the store id concerned
     * @param measure what is measured, such as {@code parts availability}
     * @param target the promise, such as {@code no customer waits for a part}
     * @param actual what happened, such as {@code 2 × HL-FL on backorder}
     */
    public record ServiceBreach(String store, String measure, String target, String actual) {

        public ServiceBreach {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(actual, "actual");
        }
    }

    public DashboardData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(thresholds, "thresholds");
        stores = ImmutableList.copyOf(stores);
        headlines = ImmutableList.copyOf(headlines);
        utilization = ImmutableList.copyOf(utilization);
        transfers = ImmutableList.copyOf(transfers);
        ranking = ImmutableList.copyOf(ranking);
        breaches = ImmutableList.copyOf(breaches);
    }

    /** The dates of the heat map, ascending. */
    public List<LocalDate> dates() {
        return utilization.stream().map(UtilizationCell::date).distinct().sorted().toList();
    }

    /** The ranking, highest points first, ties by store id. */
    public List<RankingRow> rankingByPoints() {
        return ranking.stream().sorted(Comparator.comparingInt(RankingRow::points).reversed()
                .thenComparing(RankingRow::store)).toList();
    }

    /** A dashboard of {@code network}: its stores and their capacity days, titled and dated by it. */
    public static Builder builder(NetworkSnapshot network) {
        return new Builder(network);
    }

    /**
     * Collects the dashboard's rows. Each figure for a store and date replaces an earlier one, so that a forecast
     * added after the snapshot's capacity wins for the days it covers. Not thread-safe.
     */
    public static final class Builder {

        private final NetworkSnapshot network;
        private String title = "Tandem network dashboard";
        private LoadThresholds thresholds = LoadThresholds.DEFAULT;
        private final List<Headline> headlines = new ArrayList<>();
        private final Map<List<Object>, UtilizationCell> utilization = new LinkedHashMap<>();
        private final Map<List<String>, Integer> transfers = new LinkedHashMap<>();
        private final Map<String, Integer> ranking = new LinkedHashMap<>();
        private final List<ServiceBreach> breaches = new ArrayList<>();

        private Builder(NetworkSnapshot network) {
            this.network = Objects.requireNonNull(network, "network");
            network.capacity().forEach(day -> cell(day.store().value(), day.date(), day.utilization(), false));
        }

        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        public Builder thresholds(LoadThresholds thresholds) {
            this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
            return this;
        }

        public Builder headline(String label, String value) {
            headlines.add(new Headline(label, value));
            return this;
        }

        /** The last {@code days} days of {@code history} (of the network's stores), as booked. */
        public Builder history(BookingHistory history, int days) {
            checkArgument(days >= 0, "The days of history (%s) must be 0 or more.", days);
            LocalDate from = history.lastDate().minusDays(days - 1L);
            for (CapacityDay day : history.days()) {
                if (!day.date().isBefore(from) && network.findStore(day.store()).isPresent()) {
                    cell(day.store().value(), day.date(), day.utilization(), false);
                }
            }
            return this;
        }

        /** The forecast days, marked as forecast. */
        public Builder forecast(CapacityForecast forecast) {
            for (StoreForecast store : forecast.stores()) {
                for (ForecastDay day : store.days()) {
                    cell(store.store().id().value(), day.date(), day.utilization(), true);
                }
            }
            return this;
        }

        /** A store's utilization on a day, such as a simulated one; replaces an earlier figure for that day. */
        public Builder utilization(String store, LocalDate date, double utilization, boolean forecast) {
            cell(store, date, utilization, forecast);
            return this;
        }

        /** Drops every utilization figure so far, the snapshot's own included, for a caller who brings its own. */
        public Builder clearUtilization() {
            utilization.clear();
            return this;
        }

        /** Adds {@code count} transfers from one store to another. */
        public Builder transfers(String from, String to, int count) {
            checkArgument(count >= 1, "The transfer count (%s) must be 1 or more.", count);
            transfers.merge(List.of(from, to), count, Math::addExact);
            return this;
        }

        /** One transfer per move of the plan. */
        public Builder transfers(RebalancePlan plan) {
            plan.moves().forEach(move -> transfers(move.from().value(), move.to().value(), 1));
            return this;
        }

        /** Adds {@code points} to a store's contribution. */
        public Builder points(String store, int points) {
            ranking.merge(store, points, Math::addExact);
            return this;
        }

        /**
         * The points the plan's moves earn their senders, by the playbook's table: 1 per unit sent to another
         * store, 10 per dead-stock revival.
         */
        public Builder points(RebalancePlan plan) {
            for (Move move : plan.moves()) {
                points(move.from().value(), move.quantity() * RebalancePlan.POINTS_PER_UNIT_SENT
                        + (move.revivesDeadStock() ? RebalancePlan.POINTS_PER_REVIVAL : 0));
            }
            return this;
        }

        public Builder breach(ServiceBreach breach) {
            breaches.add(Objects.requireNonNull(breach, "breach"));
            return this;
        }

        /**
         * The stock breaches of the snapshot: parts availability for each stock row with customers waiting
         * (backorders), else safety stock for each row whose free stock is below its safety stock.
         */
        public Builder stockBreaches() {
            for (StockLevel level : network.stock()) {
                String store = level.store().value();
                String part = level.part().value();
                if (level.backorders() > 0) {
                    breach(new ServiceBreach(store, "parts availability", "no customer waits for a part",
                            level.backorders() + " × " + part + " on backorder, " + level.available() + " in stock"));
                } else if (level.isBelowSafety()) {
                    breach(new ServiceBreach(store, "safety stock", level.safetyStock() + " × " + part + " free",
                            level.available() + " free"));
                }
            }
            return this;
        }

        public DashboardData build() {
            List<StoreLabel> stores = new ArrayList<>();
            for (Store store : network.stores()) {
                stores.add(new StoreLabel(store.id().value(), store.name()));
            }
            List<TransferCount> counts = new ArrayList<>();
            transfers.forEach((pair, count) -> counts.add(new TransferCount(pair.get(0), pair.get(1), count)));
            List<RankingRow> rows = new ArrayList<>();
            ranking.forEach((store, points) -> rows.add(new RankingRow(store, points)));
            return new DashboardData(title, network.asOf(), thresholds, stores, headlines,
                    List.copyOf(utilization.values()), counts, rows, breaches);
        }

        private void cell(String store, LocalDate date, double value, boolean forecast) {
            utilization.put(List.of(store, date), new UtilizationCell(store, date, value, forecast));
        }
    }
}
