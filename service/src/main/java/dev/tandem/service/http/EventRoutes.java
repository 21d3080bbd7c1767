package dev.tandem.service.http;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.tandem.service.ServiceException;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.live.ChangeFollower;
import dev.tandem.service.live.EventHub;
import dev.tandem.service.live.LiveEvent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;

/**
 * Live updates: {@code GET /api/events} as server-sent events (resumable with {@code Last-Event-ID} or
 * {@code ?since=}), and {@code GET /api/changes?since=} for clients that poll. EventSource cannot send headers,
 * so the event stream also takes the token as {@code ?access_token=}.
 */
final class EventRoutes {

    private static final int BACKLOG = 1_000;

    private final EventHub hub;
    private final ChangeFollower follower;
    private final Set<SseSubscription> streams = ConcurrentHashMap.newKeySet();

    EventRoutes(EventHub hub, ChangeFollower follower) {
        this.hub = hub;
        this.follower = follower;
    }

    void register(RoutesConfig routes) {
        routes.sse("/api/events", this::stream);
        routes.get("/api/changes", this::changes);
    }

    private void stream(SseClient client) {
        Principal principal = Exchange.principal(client.ctx());
        long since = since(client.ctx()).orElse(follower.applied());
        SseSubscription subscription = new SseSubscription(client, principal, ended -> {
            hub.unsubscribe(ended);
            streams.remove(ended);
        });
        // subscribe before reading the backlog, so that no event falls between the two (the sender skips repeats)
        hub.subscribe(subscription);
        streams.add(subscription);
        client.onClose(subscription::close);
        List<LiveEvent> backlog = follower.backlog(since, BACKLOG).stream()
                .filter(event -> event.visibleTo(principal)).toList();
        // keep the request alive before the sender starts: the sender's end closes the stream, finishing the request
        client.keepAlive();
        subscription.start(backlog);
    }

    /**
     * Ends every open event stream and waits up to {@code millis} for their senders, so that the streams finish
     * while their requests are alive; the server stops after this.
     */
    void endStreams(long millis) {
        List<SseSubscription> open = List.copyOf(streams);
        open.forEach(SseSubscription::end);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            for (SseSubscription stream : open) {
                stream.awaitEnd(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void changes(Context ctx) {
        Principal principal = Exchange.principal(ctx);
        long since = since(ctx).orElse(0L);
        int limit = Exchange.intQuery(ctx, "limit", 100, 1, BACKLOG);
        Exchange.json(ctx, new Changes(follower.applied(), follower.backlog(since, limit).stream()
                .filter(event -> event.visibleTo(principal)).map(EventView::of).toList()));
    }

    /** A page of changes and the last sequence number this instance has applied. */
    record Changes(long applied, List<EventView> events) {
    }

    private static Optional<Long> since(Context ctx) {
        String text = Optional.ofNullable(ctx.header("Last-Event-ID")).orElse(ctx.queryParam("since"));
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw ServiceException.invalid("since", "must be a change sequence number, 0 or more", text);
    }
}
