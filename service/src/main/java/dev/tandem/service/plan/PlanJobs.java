package dev.tandem.service.plan;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.model.Money;
import dev.tandem.job.Progress;
import dev.tandem.job.SolveJob;
import dev.tandem.network.InvalidInputException;
import dev.tandem.service.Json;
import dev.tandem.service.ServiceException;
import dev.tandem.service.flow.ActionTx;
import dev.tandem.service.flow.PlanEffects;
import dev.tandem.service.flow.Reply;
import dev.tandem.service.live.ChangeFollower;
import dev.tandem.service.live.LiveState;
import dev.tandem.service.store.Change;
import dev.tandem.service.store.ChangeLog;
import dev.tandem.service.store.Database;
import dev.tandem.service.store.PlanStore;
import dev.tandem.service.store.PlanStore.PlanRow;

/**
 * Plans as asynchronous jobs: HQ submits one, it is queued and solved in the background on a snapshot of the live
 * network (one solve at a time), its progress and result are in the database, and it acts only once HQ approves
 * it: then its moves become accepted transfers, its trips confirmed support bookings, its offers diversion offers,
 * each checked against the state at approval (an action that no longer fits is skipped and reported).
 */
public final class PlanJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PlanJobs.class);
    /** The longest search a plan may ask for. */
    public static final int MAX_TIME_LIMIT_SECONDS = 300;

    /** The answer to an approval: the plan, the records it made, and what it skipped and why. */
    public record Approval(PlanView plan, List<String> records, List<Skipped> skipped) {
    }

    /** An action of the plan that no longer fits the network. */
    public record Skipped(JsonNode action, String reason) {
    }

    private final Database database;
    private final ChangeFollower follower;
    private final LiveState live;
    private final Clock clock;
    private final String instance;
    private final PlanEffects effects;
    private final ExecutorService executor;
    private final ExecutorService solvers;
    private final Map<String, Future<?>> queued = new ConcurrentHashMap<>();
    private final Map<String, SolveJob<?>> running = new ConcurrentHashMap<>();
    /** Plans cancelled on this instance, so a solve that starts just after the cancel stops at once. */
    private final java.util.Set<String> cancelled = ConcurrentHashMap.newKeySet();

    public PlanJobs(Database database, ChangeFollower follower, LiveState live, Clock clock, String instance,
            PlanEffects effects) {
        this.database = database;
        this.follower = follower;
        this.live = live;
        this.clock = clock;
        this.instance = instance;
        this.effects = effects;
        this.executor = Executors.newSingleThreadExecutor(daemon("tandem-plan-job"));
        this.solvers = Executors.newSingleThreadExecutor(daemon("tandem-plan-solver"));
    }

    /** Queues a plan; HQ only. The job starts once the request has committed. */
    public Reply submit(ActionTx tx, PlanRequest request) throws SQLException {
        tx.principal().requireHq("ask for a " + request.kind() + " plan");
        try {
            PlanSolver.check(request, live.base());
        } catch (InvalidInputException e) {
            throw ServiceException.invalid(e);
        }
        String id = "PL-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        PlanRow row = new PlanRow(id, request.kind().name(), PlanStatus.QUEUED.name(), Json.write(request), null,
                null, null, null, instance, tx.principal().username(), tx.now(), null, null,
                request.timeLimitSeconds() * 1000L, null, null);
        PlanStore.insert(tx.tx(), row);
        tx.changed(Change.of("plan.queued").plan(id).build());
        tx.afterCommit(() -> queued.put(id, executor.submit(() -> run(id, request))));
        return Reply.accepted(view(row, false));
    }

    /** Cancels a queued or running plan; HQ only. */
    public Reply cancel(ActionTx tx, String id) throws SQLException {
        tx.principal().requireHq("cancel plan (" + id + ")");
        PlanRow row = lock(tx, id);
        if (!PlanStore.move(tx.tx(), id, row.status(), PlanStatus.CANCELLED.name(), tx.now())
                || !(row.status().equals("QUEUED") || row.status().equals("RUNNING"))) {
            throw ServiceException.conflict("wrong-status", "The plan (" + id + ") is " + row.status()
                    + "; only a QUEUED or RUNNING plan can be cancelled.");
        }
        tx.changed(Change.of("plan.cancelled").plan(id).build());
        tx.afterCommit(() -> {
            cancelled.add(id);
            Optional.ofNullable(queued.remove(id)).ifPresent(future -> future.cancel(false));
            Optional.ofNullable(running.get(id)).ifPresent(SolveJob::stopEarly);
        });
        return Reply.ok(view(PlanStore.find(tx.tx(), id).orElseThrow(), false));
    }

    /** HQ approves a solved plan: it takes effect now. */
    public Reply approve(ActionTx tx, String id) throws SQLException {
        tx.principal().requireHq("approve plan (" + id + ")");
        PlanRow row = lock(tx, id);
        requireSucceeded(row, "approved");
        List<String> records = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (JsonNode action : Json.tree(row.actions())) {
            try {
                records.add(apply(tx, id, action));
            } catch (ServiceException e) {
                skipped.add(new Skipped(action, e.detail()));
            }
        }
        String summary = Json.write(((com.fasterxml.jackson.databind.node.ObjectNode) Json.tree(row.summary()))
                .put("applied", records.size()).put("skipped", skipped.size()));
        PlanStore.decide(tx.tx(), id, PlanStatus.APPROVED.name(), tx.principal().username(), summary, tx.now());
        tx.changed(Change.of("plan.approved").plan(id).build());
        return Reply.ok(new Approval(view(PlanStore.find(tx.tx(), id).orElseThrow(), false), records, skipped));
    }

    public Reply reject(ActionTx tx, String id) throws SQLException {
        tx.principal().requireHq("reject plan (" + id + ")");
        PlanRow row = lock(tx, id);
        requireSucceeded(row, "rejected");
        PlanStore.decide(tx.tx(), id, PlanStatus.REJECTED.name(), tx.principal().username(), row.summary(),
                tx.now());
        tx.changed(Change.of("plan.rejected").plan(id).build());
        return Reply.ok(view(PlanStore.find(tx.tx(), id).orElseThrow(), false));
    }

    public Optional<PlanView> find(String id) {
        return database.read(tx -> PlanStore.find(tx, id)).map(row -> view(row, true));
    }

    public List<PlanView> list(int limit) {
        return database.read(tx -> PlanStore.list(tx, limit)).stream().map(row -> view(row, false)).toList();
    }

    @Override
    public void close() {
        running.values().forEach(SolveJob::stopEarly);
        executor.shutdownNow();
        solvers.shutdownNow();
        try {
            database.inTransaction(tx -> PlanStore.abandon(tx, instance, now()));
        } catch (RuntimeException e) {
            LOG.warn("Could not mark this instance's unfinished plans as failed: {}", e.getMessage());
        }
    }

    private void run(String id, PlanRequest request) {
        try {
            if (!transition(id, "QUEUED", "RUNNING", "plan.running")) {
                return;
            }
            PlanSolver.Solved solved;
            try {
                solved = PlanSolver.solve(request, live.snapshot(), solvers, job -> {
                    running.put(id, job);
                    if (cancelled.contains(id)) {
                        job.stopEarly();
                    }
                });
            } catch (RuntimeException e) {
                Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                        ? e.getCause() : e;
                LOG.warn("Plan {} failed", id, cause);
                String reason = cause.getMessage() == null ? "no reason given"
                        : cause.getMessage().lines().findFirst().orElse("no reason given");
                finish(id, "FAILED", null, null, null, "The solver failed: " + reason);
                return;
            }
            finish(id, "SUCCEEDED", Json.write(solved.summary()), solved.plan(), Json.write(solved.actions()), null);
        } finally {
            queued.remove(id);
            running.remove(id);
            cancelled.remove(id);
        }
    }

    private boolean transition(String id, String from, String to, String type) {
        long seq = database.inTransaction(tx -> {
            if (!PlanStore.move(tx, id, from, to, now())) {
                return 0L;
            }
            return ChangeLog.append(tx, now(), Change.of(type).plan(id).build());
        });
        follower.catchUp(seq);
        return seq > 0;
    }

    private void finish(String id, String status, String summary, String result, String actions, String message) {
        long seq = database.inTransaction(tx -> {
            if (!PlanStore.finish(tx, id, status, summary, result, actions, message, now())) {
                return 0L;
            }
            return ChangeLog.append(tx, now(), Change.of("plan.finished").plan(id).build());
        });
        follower.catchUp(seq);
    }

    private String apply(ActionTx tx, String plan, JsonNode action) throws SQLException {
        String type = action.path("type").asText();
        return switch (type) {
            case "move" -> effects.move(tx, plan, action.path("from").asText(), action.path("to").asText(),
                    action.path("part").asText(), action.path("quantity").asInt(),
                    action.path("revivesDeadStock").asBoolean());
            case "trip" -> effects.trip(tx, plan, action.path("store").asText(), action.path("home").asText(),
                    action.path("technician").asText(), OffsetDateTime.parse(action.path("from").asText()),
                    OffsetDateTime.parse(action.path("to").asText()), action.path("distanceKm").asDouble());
            case "offer" -> effects.offer(tx, plan, action.path("from").asText(), action.path("to").asText(),
                    LocalDate.parse(action.path("date").asText()),
                    Money.ofCents(action.path("compensationCents").asLong()));
            default -> throw new IllegalStateException("Plan (" + plan + ") has an action of unknown type (" + type
                    + ").");
        };
    }

    private static PlanRow lock(ActionTx tx, String id) throws SQLException {
        return PlanStore.lock(tx.tx(), id).orElseThrow(() -> ServiceException.notFound("There is no plan (" + id
                + ")."));
    }

    private static void requireSucceeded(PlanRow row, String verb) {
        if (!row.status().equals(PlanStatus.SUCCEEDED.name())) {
            throw ServiceException.conflict("wrong-status", "The plan (" + row.id() + ") is " + row.status()
                    + "; only a SUCCEEDED plan can be " + verb + ".");
        }
    }

    private PlanView view(PlanRow row, boolean withPlan) {
        Double progress = switch (PlanStatus.valueOf(row.status())) {
            case QUEUED -> 0.0;
            case RUNNING -> row.startedAt() == null ? 0.0 : Math.min(0.99, Duration.between(row.startedAt(), now())
                    .toMillis() / (double) Math.max(1, row.timeLimitMillis()));
            default -> 1.0;
        };
        Optional<Progress> solving = Optional.ofNullable(running.get(row.id())).map(SolveJob::progress);
        return new PlanView(row.id(), row.kind(), row.status(), progress,
                solving.map(Progress::phase).orElse(null), solving.map(Progress::bestScore).orElse(null),
                row.message(), row.createdBy(),
                row.createdAt(), row.startedAt(), row.finishedAt(), row.decidedBy(), row.decidedAt(),
                row.summary() == null ? null : Json.tree(row.summary()),
                withPlan && row.result() != null ? Json.tree(row.result()) : null);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
