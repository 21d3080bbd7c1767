package dev.tandem.service.http;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.tandem.service.Json;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.live.EventHub;
import dev.tandem.service.live.LiveEvent;
import io.javalin.http.sse.SseClient;

/**
 * One connected event stream: its own bounded queue and sender thread, so a slow client never holds up the
 * others. It first sends what the client missed (after {@code Last-Event-ID} or {@code since}), then live
 * events in order, each once, and a comment every 15 s to notice a client that went away. A client that falls
 * {@value #QUEUE} events behind is disconnected; it reconnects and resumes from its last event id.
 */
final class SseSubscription implements EventHub.Subscriber {

    static final int QUEUE = 10_000;
    private static final long PING_SECONDS = 15;

    private final SseClient client;
    private final Principal principal;
    private final BlockingQueue<LiveEvent> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean open = true;

    SseSubscription(SseClient client, Principal principal) {
        this.client = client;
        this.principal = principal;
    }

    @Override
    public Principal principal() {
        return principal;
    }

    @Override
    public void offer(LiveEvent event) {
        if (!queue.offer(event)) {
            open = false;
        }
    }

    void close() {
        open = false;
    }

    /** Sends the backlog, then live events, until the client goes or falls too far behind. */
    void run(List<LiveEvent> backlog) {
        long sent = 0;
        for (LiveEvent event : backlog) {
            send(event);
            sent = event.seq();
        }
        while (open && !client.terminated()) {
            LiveEvent event;
            try {
                event = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (event == null) {
                client.sendComment("ping");
            } else if (event.seq() > sent) {
                send(event);
                sent = event.seq();
            }
        }
    }

    private void send(LiveEvent event) {
        client.sendEvent(event.type(), Json.write(EventView.of(event)), String.valueOf(event.seq()));
    }
}
