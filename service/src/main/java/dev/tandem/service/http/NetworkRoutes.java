package dev.tandem.service.http;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.ServiceException;
import dev.tandem.service.flow.ActionRunner;
import dev.tandem.service.flow.Names;
import dev.tandem.service.flow.NetworkUpdates;
import dev.tandem.service.live.LiveState;
import dev.tandem.view.CapacityMonitor;
import dev.tandem.view.SharedStockTable;
import dev.tandem.view.TechnicianCapabilityMap;
import dev.tandem.view.TechnicianQuery;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The network and its three views (shared stock, technician capabilities, capacity), read from this instance's
 * live indexes, and a store's own updates: stock movements, safety stock, technician status, daily capacity.
 */
final class NetworkRoutes {

    /** The network's fixed part with the technicians' current status. */
    record Network(OffsetDateTime asOf, LocalDate today, List<Store> stores, List<Part> parts,
            List<Technician> technicians) {
    }

    /** One part across the network (the shared stock table). */
    record PartView(Part part, int totalOnHand, int totalAvailable, int totalSpare, List<StockLevel> holdings,
            List<StockLevel> piles) {
    }

    /** The headline of each part, without its holdings. */
    record PartSummary(PartNumber part, String name, int totalOnHand, int totalAvailable, int totalSpare) {
    }

    /** One store's load on a day (the capacity monitor). */
    record LoadView(StoreId store, String name, LocalDate date, int capacity, int booked, double utilization,
            String state) {
    }

    /** One technician in the capability map. */
    record TechnicianView(Technician technician, String homeName, Double driveMinutes, Double distanceKm) {
    }

    private final LiveState live;
    private final ActionRunner runner;
    private final NetworkUpdates updates;

    NetworkRoutes(LiveState live, ActionRunner runner, NetworkUpdates updates) {
        this.live = live;
        this.runner = runner;
        this.updates = updates;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/network", this::network);
        routes.get("/api/views/stock", this::stockView);
        routes.get("/api/views/technicians", this::technicianView);
        routes.get("/api/views/capacity", this::capacityView);
        routes.post("/api/stock/movements", ctx -> {
            Fields fields = Exchange.fields(ctx, "store", "part", "kind", "units");
            String store = fields.text("store");
            String part = fields.text("part");
            NetworkUpdates.MovementKind kind = fields.enumValue("kind", NetworkUpdates.MovementKind.class);
            int units = fields.integer("units", 1, NetworkUpdates.MAX_UNITS);
            fields.done();
            Exchange.act(ctx, runner, tx -> updates.move(tx, store, part, kind, units));
        });
        routes.put("/api/stock/{store}/{part}/safety-stock", ctx -> {
            Fields fields = Exchange.fields(ctx, "units");
            int units = fields.integer("units", 0, NetworkUpdates.MAX_UNITS);
            fields.done();
            Exchange.act(ctx, runner, tx -> updates.setSafetyStock(tx, ctx.pathParam("store"), ctx.pathParam("part"),
                    units));
        });
        routes.put("/api/technicians/{id}/status", ctx -> {
            Fields fields = Exchange.fields(ctx, "status");
            TechnicianStatus status = fields.enumValue("status", TechnicianStatus.class);
            fields.done();
            Exchange.act(ctx, runner, tx -> updates.setTechnicianStatus(tx, ctx.pathParam("id"), status));
        });
        routes.put("/api/capacity/{store}/{date}", ctx -> {
            Fields fields = Exchange.fields(ctx, "capacity");
            int capacity = fields.integer("capacity", 1, NetworkUpdates.MAX_UNITS);
            fields.done();
            LocalDate date = parseDate(ctx.pathParam("date"), "date");
            Exchange.act(ctx, runner, tx -> updates.setCapacity(tx, ctx.pathParam("store"), date, capacity));
        });
    }

    private void network(Context ctx) {
        Exchange.principal(ctx);
        NetworkSnapshot snapshot = live.snapshot();
        Exchange.json(ctx, new Network(snapshot.asOf(), snapshot.today(), snapshot.stores(), snapshot.parts(),
                snapshot.technicians()));
    }

    private void stockView(Context ctx) {
        Exchange.principal(ctx);
        NetworkSnapshot snapshot = live.snapshot();
        SharedStockTable table = new SharedStockTable(snapshot);
        Optional<String> part = Exchange.query(ctx, "part");
        if (part.isPresent()) {
            PartNumber number = Names.part(snapshot, "part", part.get());
            SharedStockTable.PartStock stock = table.part(number);
            Exchange.json(ctx, new PartView(stock.part(), stock.totalOnHand(), stock.totalAvailable(),
                    stock.totalSpare(), stock.holdings(), stock.piles()));
            return;
        }
        Exchange.json(ctx, snapshot.parts().stream().map(each -> {
            SharedStockTable.PartStock stock = table.part(each.number());
            return new PartSummary(each.number(), each.name(), stock.totalOnHand(), stock.totalAvailable(),
                    stock.totalSpare());
        }).toList());
    }

    private void technicianView(Context ctx) {
        Exchange.principal(ctx);
        NetworkSnapshot snapshot = live.snapshot();
        TechnicianQuery query = TechnicianQuery.ALL;
        Optional<String> skill = Exchange.query(ctx, "skill");
        if (skill.isPresent()) {
            if (!Skill.isValidCode(skill.get())) {
                throw ServiceException.invalid("skill", "must be a skill code such as HV_SYSTEM", skill.get());
            }
            query = query.withSkill(new Skill(skill.get()));
        }
        Optional<Level> level = Exchange.enumQuery(ctx, "minLevel", Level.class);
        if (level.isPresent()) {
            query = query.withMinimumLevel(level.get());
        }
        Optional<String> store = Exchange.query(ctx, "store");
        if (store.isPresent()) {
            query = query.withHome(Names.store(snapshot, "store", store.get()));
        }
        Optional<String> near = Exchange.query(ctx, "near");
        if (near.isPresent()) {
            query = query.withDriveFrom(Names.store(snapshot, "near", near.get()));
        }
        Optional<TimeWindow> window = Lookups.window(ctx);
        if (window.isPresent()) {
            query = query.availableIn(window.get());
        }
        Exchange.json(ctx, new TechnicianCapabilityMap(snapshot).find(query).stream()
                .map(entry -> new TechnicianView(entry.technician(), entry.home().name(),
                        entry.drive().map(leg -> leg.driveMinutes()).orElse(null),
                        entry.drive().map(leg -> leg.distanceKm()).orElse(null)))
                .toList());
    }

    private void capacityView(Context ctx) {
        Exchange.principal(ctx);
        NetworkSnapshot snapshot = live.snapshot();
        LocalDate date = Exchange.dateQuery(ctx, "date", snapshot.today());
        Exchange.json(ctx, new CapacityMonitor(snapshot).on(date).stream().map(load -> {
            CapacityDay day = load.day();
            return new LoadView(load.store().id(), load.store().name(), day.date(), day.capacity(), day.booked(),
                    load.utilization(), load.state().name());
        }).toList());
    }

    private static LocalDate parseDate(String text, String name) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ServiceException.invalid(name, "must be a date such as 2026-11-27", text);
        }
    }
}
