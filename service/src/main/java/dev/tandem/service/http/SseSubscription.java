package dev.tandem.service.http;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.tandem.service.Json;
import dev.tandem.service.auth.Principal;
import dev.tandem.service.live.EventHub;
import dev.tandem.service.live.LiveEvent;
import io.javalin.http.sse.SseClient;

/**
 * One connected event stream: its own bounded queue and sender thread, so a slow client never holds up the
 * others. It first sends a {@code subscribed} comment (every change committed after the client reads it reaches
 * the client), then what the client missed (after {@code Last-Event-ID} or {@code since}), then live
 * events in order, each once, and a comment every 15 s to notice a client that went away. A client that falls
 * {@value #QUEUE} events behind is disconnected; it reconnects and resumes from its last event id.
 *
 * <p>A client going away is normal: the sender then stops quietly (logged at debug level). Closing the stream
 * finishes the request, so the sender closes it only while the request is still alive; {@link #end()} lets the
 * server end every stream before it stops.
 */
final class SseSubscription implements EventHub.Subscriber {

    static final int QUEUE = 10_000;
    private static final long PING_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(SseSubscription.class);

    private final SseClient client;
    private final Principal principal;
    private final BlockingQueue<LiveEvent> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread sender;
    private volatile boolean open = true;

    private List<LiveEvent> backlog = List.of();

    /** A stream for a client; {@code onEnd} runs when its sender stops, before the stream is closed. */
    SseSubscription(SseClient client, Principal principal, Consumer<SseSubscription> onEnd) {
        this.client = client;
        this.principal = principal;
        this.sender = new Thread(() -> {
            try {
                run(backlog);
            } finally {
                onEnd.accept(this);
                finish();
            }
        }, "tandem-sse-" + principal.username());
        sender.setDaemon(true);
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

    /**
     * Starts the sender with what the client missed; call once the request is kept alive, since the sender's end
     * finishes the request.
     */
    void start(List<LiveEvent> missed) {
        backlog = List.copyOf(missed);
        sender.start();
    }

    /** Marks the stream closed (the client went, or Javalin closed it); the sender stops at its next wake-up. */
    void close() {
        open = false;
    }

    /** Ends the stream now: the sender wakes, closes the stream and stops. */
    void end() {
        open = false;
        sender.interrupt();
    }

    /** Waits up to {@code millis} for the sender to stop; whether it did. */
    boolean awaitEnd(long millis) throws InterruptedException {
        sender.join(Math.max(1, millis));
        return !sender.isAlive();
    }

    /** Sends the backlog, then live events, until the client goes, falls too far behind, or the stream is ended. */
    private void run(List<LiveEvent> backlog) {
        try {
            // the subscription is in place: from here on no committed change can be missed, and a client may wait
            // for this first line before it acts
            client.sendComment("subscribed");
            long sent = 0;
            for (LiveEvent event : backlog) {
                if (!sending()) {
                    return;
                }
                send(event);
                sent = event.seq();
            }
            while (sending()) {
                LiveEvent event = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
                if (!sending()) {
                    return;
                }
                if (event == null) {
                    client.sendComment("ping");
                } else if (event.seq() > sent) {
                    send(event);
                    sent = event.seq();
                }
            }
        } catch (InterruptedException e) {
            LOG.debug("The event stream of {} was ended.", principal.username());
        } catch (RuntimeException e) {
            LOG.debug("The event stream of {} stopped: the client is gone ({}).", principal.username(), e.toString());
        }
    }

    private boolean sending() {
        return open && !client.terminated() && !Thread.currentThread().isInterrupted();
    }

    /** Closes the stream (which finishes the request) unless it is closed already or the request is gone. */
    private void finish() {
        Thread.interrupted();
        if (client.terminated() || !Exchange.alive(client.ctx())) {
            return;
        }
        try {
            client.close();
        } catch (RuntimeException e) {
            LOG.debug("The event stream of {} could not be closed cleanly: {}", principal.username(), e.toString());
        }
    }

    private void send(LiveEvent event) {
        client.sendEvent(event.type(), Json.write(EventView.of(event)), String.valueOf(event.seq()));
    }
}
