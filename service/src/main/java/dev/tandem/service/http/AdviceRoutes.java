package dev.tandem.service.http;

import java.time.Duration;
import java.time.LocalDate;

import dev.tandem.io.request.MatchJson;
import dev.tandem.match.ReceivingRequest;
import dev.tandem.match.TechnicianRequest;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.Level;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.ServiceException;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.flow.Names;
import dev.tandem.service.live.LiveState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The one-click questions, answered by the library's indexed matchers on this instance's live network: who can
 * send a part, which technician can come, which store can take a customer. Store staff ask for their own store.
 * The answers are the documents {@code tandem advise} writes.
 */
final class AdviceRoutes {

    private final LiveState live;

    AdviceRoutes(LiveState live) {
        this.live = live;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/advice/transfer", this::transfer);
        routes.get("/api/advice/technician", this::technician);
        routes.get("/api/advice/receiving", this::receiving);
    }

    private void transfer(Context ctx) {
        NetworkSnapshot network = live.base();
        StoreId store = store(ctx, network);
        PartNumber part = Names.part(network, "part", Exchange.requiredQuery(ctx, "part", "HL-FL"));
        int quantity = Exchange.intQuery(ctx, "quantity", 1, 1, 10_000);
        int promise = Exchange.intQuery(ctx, "promiseMinutes", 120, 1, 7 * 24 * 60);
        int limit = Exchange.intQuery(ctx, "limit", 5, 1, 100);
        TransferRequest request = TransferRequest.of(store, part, quantity)
                .withPromise(Duration.ofMinutes(promise)).withLimit(limit);
        raw(ctx, MatchJson.toJson(live.advisor().advise(request)));
    }

    private void technician(Context ctx) {
        NetworkSnapshot network = live.base();
        StoreId store = store(ctx, network);
        String skill = Exchange.requiredQuery(ctx, "skill", "HV_SYSTEM");
        if (!Skill.isValidCode(skill)) {
            throw ServiceException.invalid("skill", "must be a skill code such as HV_SYSTEM", skill);
        }
        Level level = Exchange.enumQuery(ctx, "minLevel", Level.class).orElse(Level.T1);
        TimeWindow window = Lookups.window(ctx).orElseThrow(() -> ServiceException.invalid("from",
                "is required, with to: the window the technician is needed in", null));
        raw(ctx, MatchJson.toJson(live.technicianMatcher().match(TechnicianRequest.of(store, new Skill(skill), level,
                window))));
    }

    private void receiving(Context ctx) {
        NetworkSnapshot network = live.base();
        StoreId store = store(ctx, network);
        String skill = Exchange.query(ctx, "skill").orElse(Skill.GENERAL.code());
        if (!Skill.isValidCode(skill)) {
            throw ServiceException.invalid("skill", "must be a skill code such as BODY_PAINT", skill);
        }
        double hours = Exchange.intQuery(ctx, "jobMinutes", 120, 1, 24 * 60) / 60.0;
        LocalDate date = Exchange.dateQuery(ctx, "date", network.today());
        if (network.capacityDates().isEmpty() || !network.capacityDates().contains(date)) {
            throw ServiceException.invalid("date", "must be one of the network's capacity dates "
                    + network.capacityDates(), date.toString());
        }
        raw(ctx, MatchJson.toJson(live.receivingMatcher().match(ReceivingRequest.of(store, hours, new Skill(skill),
                date))));
    }

    private static StoreId store(Context ctx, NetworkSnapshot network) {
        Principal principal = Exchange.principal(ctx);
        StoreId store = Names.store(network, "store", Exchange.requiredQuery(ctx, "store", "SZ"));
        principal.requireSees(store.value(), "advice");
        return store;
    }

    private static void raw(Context ctx, String json) {
        ctx.contentType("application/json").result(json);
    }
}
