package dev.tandem.service.http;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import dev.tandem.forecast.BookingHistory;
import dev.tandem.io.history.BookingHistoryJson;
import dev.tandem.model.CapacityDay;
import dev.tandem.network.InvalidInputException;
import dev.tandem.report.IsoWeek;
import dev.tandem.service.ServiceException;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.flow.ActionRunner;
import dev.tandem.service.flow.Reply;
import dev.tandem.service.live.LiveState;
import dev.tandem.service.report.Reports;
import dev.tandem.service.store.Change;
import dev.tandem.service.store.HistoryStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The measures from the ledger: the weekly report, KPIs, the monthly ranking, the capacity forecast and the
 * dashboard; and HQ's booking history that the forecast learns from.
 */
final class ReportRoutes {

    /** What loading a booking history did. */
    record HistoryLoaded(int days, List<String> stores) {
    }

    private final Reports reports;
    private final ActionRunner runner;
    private final LiveState live;

    ReportRoutes(Reports reports, ActionRunner runner, LiveState live) {
        this.reports = reports;
        this.runner = runner;
        this.live = live;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/reports/weekly", ctx -> {
            Exchange.principal(ctx);
            Exchange.json(ctx, reports.weekly(week(ctx)));
        });
        routes.get("/api/kpis", ctx -> {
            Principal principal = Exchange.principal(ctx);
            Optional<String> store = Exchange.query(ctx, "store");
            if (store.isPresent()) {
                principal.requireSees(store.get(), "the KPIs");
            } else if (!principal.isHq()) {
                store = principal.store();
            }
            Exchange.json(ctx, reports.kpis(month(ctx), store));
        });
        routes.get("/api/ranking", ctx -> {
            Exchange.principal(ctx);
            Exchange.json(ctx, reports.ranking(month(ctx)));
        });
        routes.get("/api/forecast", ctx -> {
            Exchange.principal(ctx);
            Exchange.json(ctx, reports.forecast());
        });
        routes.get("/api/dashboard", ctx -> {
            Exchange.principal(ctx);
            ctx.contentType("text/html; charset=utf-8").result(reports.dashboard(week(ctx)));
        });
        routes.put("/api/history", ctx -> {
            Exchange.principal(ctx).requireHq("load the booking history");
            BookingHistory history;
            try {
                history = BookingHistoryJson.read(ctx.bodyAsBytes(), "body", live.base());
            } catch (InvalidInputException e) {
                throw ServiceException.invalid(e);
            }
            List<CapacityDay> days = history.days();
            Exchange.act(ctx, runner, tx -> {
                HistoryStore.replace(tx.tx(), days);
                tx.changed(Change.of("history.replaced").build());
                return Reply.ok(new HistoryLoaded(days.size(), history.stores().stream()
                        .map(store -> store.value()).toList()));
            });
        });
    }

    private IsoWeek week(Context ctx) {
        Optional<String> text = Exchange.query(ctx, "week");
        try {
            return text.map(IsoWeek::parse).orElseGet(reports::thisWeek);
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid("week", "must be an ISO week such as 2026-W48", text.get());
        }
    }

    private YearMonth month(Context ctx) {
        Optional<String> text = Exchange.query(ctx, "month");
        try {
            return text.map(YearMonth::parse).orElseGet(reports::thisMonth);
        } catch (DateTimeParseException e) {
            throw ServiceException.invalid("month", "must be a month such as 2026-11", text.get());
        }
    }
}
