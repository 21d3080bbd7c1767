package dev.tandem.service.http;

import java.util.Optional;
import java.util.OptionalDouble;

import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.model.Money;
import dev.tandem.model.TimeWindow;
import dev.tandem.service.ServiceException;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.flow.ActionRunner;
import dev.tandem.service.flow.DiversionFlow;
import dev.tandem.service.flow.RecordView;
import dev.tandem.service.flow.SupportFlow;
import dev.tandem.service.flow.TransferFlow;
import dev.tandem.service.store.Database;
import dev.tandem.service.store.LedgerStore;
import dev.tandem.service.store.LedgerStore.RecordRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The ledger and the one-click flows with their life cycles: transfers, support bookings, diversion offers, and
 * HQ's settlement. Store staff see the records of their own store; each step is taken by the store it belongs to.
 */
final class LedgerRoutes {

    private static final int MAX_LIST = 500;

    private final Database database;
    private final ActionRunner runner;
    private final TransferFlow transfers;
    private final SupportFlow support;
    private final DiversionFlow diversions;

    LedgerRoutes(Database database, ActionRunner runner, TransferFlow transfers, SupportFlow support,
            DiversionFlow diversions) {
        this.database = database;
        this.runner = runner;
        this.transfers = transfers;
        this.support = support;
        this.diversions = diversions;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/records", this::list);
        routes.get("/api/records/{id}", this::one);
        routes.post("/api/records/{id}/settle", ctx -> {
            Fields fields = Exchange.fields(ctx, "paid");
            Optional<String> paid = fields.optionalText("paid");
            fields.done();
            Money amount = money("/paid", paid.orElse("0"));
            Exchange.act(ctx, runner, tx -> TransferFlow.settle(tx, id(ctx), amount));
        });

        routes.post("/api/transfers", ctx -> {
            Fields fields = Exchange.fields(ctx, "from", "to", "part", "quantity", "customerWaiting");
            String from = fields.text("from");
            String to = fields.text("to");
            String part = fields.text("part");
            int quantity = fields.integer("quantity", 1, TransferFlow.MAX_QUANTITY);
            boolean waiting = fields.bool("customerWaiting", false);
            fields.done();
            Exchange.act(ctx, runner, tx -> transfers.request(tx, from, to, part, quantity, waiting));
        });
        routes.post("/api/transfers/{id}/approve", ctx -> {
            Exchange.fields(ctx).done();
            Exchange.act(ctx, runner, tx -> transfers.approve(tx, id(ctx)));
        });
        routes.post("/api/transfers/{id}/refuse", ctx -> {
            String reason = reason(ctx);
            Exchange.act(ctx, runner, tx -> transfers.refuse(tx, id(ctx), reason));
        });
        routes.post("/api/transfers/{id}/ship", ctx -> {
            Optional<Integer> units = units(ctx);
            Exchange.act(ctx, runner, tx -> transfers.ship(tx, id(ctx), units));
        });
        routes.post("/api/transfers/{id}/receive", ctx -> {
            Fields fields = Exchange.fields(ctx, "units");
            Optional<Integer> units = fields.optionalInteger("units", 0, TransferFlow.MAX_QUANTITY);
            fields.done();
            Exchange.act(ctx, runner, tx -> transfers.receive(tx, id(ctx), units));
        });

        routes.post("/api/bookings", ctx -> {
            Fields fields = Exchange.fields(ctx, "requester", "technician", "date", "from", "to");
            String requester = fields.text("requester");
            String technician = fields.text("technician");
            java.time.LocalDate day = fields.date("date");
            var from = fields.optionalTime("from");
            var to = fields.optionalTime("to");
            if (from.isPresent() != to.isPresent()) {
                fields.error(from.isPresent() ? "/to" : "/from", "is required with the other end of the window",
                        null);
            } else if (from.isPresent() && !to.get().isAfter(from.get())) {
                fields.error("/to", "must be after /from", to.get().toString());
            }
            fields.done();
            TimeWindow window = from.map(start -> TimeWindow.of(start, to.get())).orElse(null);
            Exchange.act(ctx, runner, tx -> support.request(tx, requester, technician, day, window));
        });
        routes.post("/api/bookings/{id}/confirm", ctx -> {
            Exchange.fields(ctx).done();
            Exchange.act(ctx, runner, tx -> support.confirm(tx, id(ctx)));
        });
        routes.post("/api/bookings/{id}/refuse", ctx -> {
            String reason = reason(ctx);
            Exchange.act(ctx, runner, tx -> support.refuse(tx, id(ctx), reason));
        });
        routes.post("/api/bookings/{id}/start", ctx -> {
            Exchange.fields(ctx).done();
            Exchange.act(ctx, runner, tx -> support.start(tx, id(ctx)));
        });
        routes.post("/api/bookings/{id}/complete", ctx -> {
            Fields fields = Exchange.fields(ctx, "resolved", "satisfaction");
            boolean resolved = fields.bool("resolved", true);
            OptionalDouble satisfaction = fields.optionalNumber("satisfaction", 0, 10);
            fields.done();
            Exchange.act(ctx, runner, tx -> support.complete(tx, id(ctx), resolved, satisfaction));
        });

        routes.post("/api/diversions", ctx -> {
            Fields fields = Exchange.fields(ctx, "from", "to", "date", "compensation");
            String from = fields.text("from");
            String to = fields.text("to");
            java.time.LocalDate day = fields.date("date");
            Optional<String> compensation = fields.optionalText("compensation");
            fields.done();
            Money amount = money("/compensation", compensation.orElse("200"));
            Exchange.act(ctx, runner, tx -> diversions.offer(tx, from, to, day, amount));
        });
        routes.post("/api/diversions/{id}/accept", ctx -> {
            Exchange.fields(ctx).done();
            Exchange.act(ctx, runner, tx -> diversions.accept(tx, id(ctx)));
        });
        routes.post("/api/diversions/{id}/refuse", ctx -> {
            String reason = reason(ctx);
            Exchange.act(ctx, runner, tx -> diversions.refuse(tx, id(ctx), reason));
        });
        routes.post("/api/diversions/{id}/start", ctx -> {
            Exchange.fields(ctx).done();
            Exchange.act(ctx, runner, tx -> diversions.start(tx, id(ctx)));
        });
        routes.post("/api/diversions/{id}/complete", ctx -> {
            Fields fields = Exchange.fields(ctx, "served", "satisfaction");
            boolean served = fields.bool("served", true);
            OptionalDouble satisfaction = fields.optionalNumber("satisfaction", 0, 10);
            fields.done();
            Exchange.act(ctx, runner, tx -> diversions.complete(tx, id(ctx), served, satisfaction));
        });
    }

    private void list(Context ctx) {
        Principal principal = Exchange.principal(ctx);
        Optional<String> store = Exchange.query(ctx, "store");
        if (store.isPresent()) {
            principal.requireSees(store.get(), "the records");
        } else if (!principal.isHq()) {
            store = principal.store();
        }
        LedgerStore.Filter filter = new LedgerStore.Filter(Exchange.enumQuery(ctx, "kind", RecordKind.class)
                .orElse(null), Exchange.enumQuery(ctx, "status", Status.class).orElse(null), store.orElse(null),
                Exchange.intQuery(ctx, "limit", 100, 1, MAX_LIST));
        Exchange.json(ctx, database.read(tx -> LedgerStore.list(tx, filter)).stream().map(RecordView::of).toList());
    }

    private void one(Context ctx) {
        Principal principal = Exchange.principal(ctx);
        String id = id(ctx);
        RecordRow row = database.read(tx -> LedgerStore.find(tx, id))
                .orElseThrow(() -> ServiceException.notFound("There is no collaboration record (" + id + ")."));
        if (!principal.isHq() && !row.involves(principal.store().orElseThrow())) {
            throw ServiceException.forbidden("User (" + principal.username() + ", store " + principal.store().get()
                    + ") cannot see record (" + id + ") between stores (" + row.requester() + ") and ("
                    + row.helper() + ").");
        }
        Exchange.json(ctx, RecordView.of(row, database.read(tx -> LedgerStore.history(tx, id))));
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 64) {
            throw ServiceException.invalid("id", "must be at most 64 characters", id);
        }
        return id;
    }

    private static String reason(Context ctx) {
        Fields fields = Exchange.fields(ctx, "reason");
        String reason = fields.optionalText("reason").orElse("");
        fields.done();
        return reason;
    }

    private static Optional<Integer> units(Context ctx) {
        Fields fields = Exchange.fields(ctx, "units");
        Optional<Integer> units = fields.optionalInteger("units", 1, TransferFlow.MAX_QUANTITY);
        fields.done();
        return units;
    }

    private static Money money(String field, String yuan) {
        Money money;
        try {
            money = Money.parse(yuan);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid(field, "must be an amount in CNY such as \"200.00\"", yuan);
        }
        if (money.isNegative()) {
            throw ServiceException.invalid(field, "must be 0 or more", yuan);
        }
        return money;
    }
}
