package dev.tandem.service.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.service.flow.Names;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.roi.RoiCalculator;
import dev.tandem.roi.RoiInputs;
import dev.tandem.roi.RoiResult;
import dev.tandem.service.flow.Names;
import dev.tandem.service.live.LiveState;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

/**
 * What the web console needs beyond the API: its static files at {@code /console/} (with {@code /} sending the
 * browser there), and three reads that keep it light on a network of thousands of stores: every store's load over
 * the network's days in one compact answer, one store's stock beside the network's, and the ROI calculator.
 */
final class ConsoleRoutes {

    /** Where the console's files are in the jar. */
    static final String FILES = "/dev/tandem/service/console";
    /** Only the console's own files and the API: no inline script, nothing from elsewhere. */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /**
     * Every store's load over the network's days, as parallel arrays (a 2,000-store week is 14,000 numbers).
     *
     * @param dates the network's capacity days, in order
     * @param stores each store with its capacity and bookings per date (0 capacity where the day is unknown)
     */
    record Load(LocalDate today, double overloadedAt, double idleBelow, List<LocalDate> dates,
            List<StoreLoad> stores) {
    }

    /** One store's row of {@link Load}. */
    record StoreLoad(String id, String name, String region, int[] capacity, int[] booked) {
    }

    /** One part at a store beside the same part across the network. */
    record StockRow(String part, String name, BigDecimal unitCost, int onHand, int reserved, int safetyStock,
            double avgDailyDemand, boolean belowSafety, int networkOnHand, int networkSpare, int storesWithSpare) {
    }

    /** The ROI with the inputs it was computed from. */
    record Roi(RoiInputs inputs, RoiResult result) {
    }

    private final LiveState live;

    ConsoleRoutes(LiveState live) {
        this.live = live;
    }

    void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/console";
            files.directory = FILES;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Content-Security-Policy", POLICY, "Cache-Control", "no-cache",
                    "X-Content-Type-Options", "nosniff");
        });
        config.routes.get("/", ctx -> ctx.redirect("/console/"));
        config.routes.get("/api/console/load", this::load);
        config.routes.get("/api/console/stock", this::stock);
        config.routes.post("/api/roi", this::roi);
    }

    private void load(Context ctx) {
        Exchange.principal(ctx);
        NetworkSnapshot network = live.snapshot();
        Optional<StoreId> only = Exchange.query(ctx, "store").map(id -> Names.store(network, "store", id));
        List<LocalDate> dates = List.copyOf(network.capacityDates());
        List<StoreLoad> rows = new ArrayList<>();
        for (Store store : network.stores()) {
            if (only.isPresent() && !only.get().equals(store.id())) {
                continue;
            }
            int[] capacity = new int[dates.size()];
            int[] booked = new int[dates.size()];
            for (int i = 0; i < dates.size(); i++) {
                Optional<CapacityDay> day = network.capacity(store.id(), dates.get(i));
                capacity[i] = day.map(CapacityDay::capacity).orElse(0);
                booked[i] = day.map(CapacityDay::booked).orElse(0);
            }
            rows.add(new StoreLoad(store.id().value(), store.name(), store.region(), capacity, booked));
        }
        LoadThresholds thresholds = LoadThresholds.DEFAULT;
        Exchange.json(ctx, new Load(network.today(), thresholds.overloadedAt(), thresholds.idleBelow(), dates,
                rows));
    }

    private void stock(Context ctx) {
        Exchange.principal(ctx);
        NetworkSnapshot network = live.snapshot();
        StoreId store = Names.store(network, "store", Exchange.requiredQuery(ctx, "store", "SZ"));
        int[] onHand = new int[network.partCount()];
        int[] spare = new int[network.partCount()];
        int[] holders = new int[network.partCount()];
        for (StockLevel level : network.stock()) {
            int index = network.partIndex(level.part());
            onHand[index] += level.onHand();
            spare[index] += level.spareAboveSafety();
            if (level.spareAboveSafety() > 0 && !level.store().equals(store)) {
                holders[index]++;
            }
        }
        List<StockRow> rows = new ArrayList<>();
        for (Part part : network.parts()) {
            int index = network.partIndex(part.number());
            Optional<StockLevel> own = network.stock(store, part.number());
            rows.add(new StockRow(part.number().value(), part.name(), part.unitCost().toYuan(),
                    own.map(StockLevel::onHand).orElse(0), own.map(StockLevel::reserved).orElse(0),
                    own.map(StockLevel::safetyStock).orElse(0), own.map(StockLevel::avgDailyDemand).orElse(0.0),
                    own.map(StockLevel::isBelowSafety).orElse(false), onHand[index], spare[index], holders[index]));
        }
        Exchange.json(ctx, rows);
    }

    private void roi(Context ctx) {
        Exchange.principal(ctx).requireHq("compute the ROI");
        RoiInputs example = RoiInputs.playbookExample();
        Fields fields = Exchange.fields(ctx, "people", "tools", "communication", "system", "runningPerYear",
                "capitalReleased", "costOfCapital", "deadStockAvoidedPerYear", "customersRetained",
                "lifetimeValue", "retentionYears", "storesGained", "costPerStore", "capacityYears",
                "newCustomersPerYear", "labourSavedPerYear");
        RoiInputs.Investment investment = example.investment();
        RoiInputs.Inventory inventory = example.inventory();
        RoiInputs.Retention retention = example.retention();
        RoiInputs.Capacity capacity = example.capacity();
        RoiInputs.Indirect indirect = example.indirect();
        Money lifetimeValue = yuan(fields, "lifetimeValue", retention.lifetimeValue());
        RoiInputs inputs = new RoiInputs(
                new RoiInputs.Investment(yuan(fields, "people", investment.people()),
                        yuan(fields, "tools", investment.tools()),
                        yuan(fields, "communication", investment.communication()),
                        yuan(fields, "system", investment.system()),
                        yuan(fields, "runningPerYear", investment.runningPerYear())),
                new RoiInputs.Inventory(yuan(fields, "capitalReleased", inventory.capitalReleased()),
                        BigDecimal.valueOf(fields.optionalNumber("costOfCapital", 0, 1)
                                .orElse(inventory.costOfCapital().doubleValue())),
                        yuan(fields, "deadStockAvoidedPerYear", inventory.deadStockAvoidedPerYear())),
                new RoiInputs.Retention(count(fields, "customersRetained", retention.customers()), lifetimeValue,
                        fields.optionalInteger("retentionYears", 1, 50).orElse(retention.years())),
                new RoiInputs.Capacity(count(fields, "storesGained", capacity.storesGained()),
                        yuan(fields, "costPerStore", capacity.costPerStore()),
                        fields.optionalInteger("capacityYears", 1, 50).orElse(capacity.years())),
                new RoiInputs.Indirect(count(fields, "newCustomersPerYear", indirect.newCustomersPerYear()),
                        lifetimeValue, yuan(fields, "labourSavedPerYear", indirect.labourSavedPerYear())));
        fields.done();
        Exchange.json(ctx, new Roi(inputs, RoiCalculator.calculate(inputs)));
    }

    /** A whole amount in CNY, 0 to ten billion; the fallback when absent or wrong (the error is reported). */
    private static Money yuan(Fields fields, String name, Money fallback) {
        return bounded(fields, name, 10_000_000_000L, "CNY").map(Money::ofYuan).orElse(fallback);
    }

    private static long count(Fields fields, String name, long fallback) {
        return bounded(fields, name, 100_000_000L, "").orElse(fallback);
    }

    private static Optional<Long> bounded(Fields fields, String name, long max, String unit) {
        return fields.optionalLong(name).filter(value -> {
            boolean ok = value >= 0 && value <= max;
            if (!ok) {
                fields.error("/" + name, ("must be from 0 to " + max + " " + unit).strip(), value.toString());
            }
            return ok;
        });
    }
}
