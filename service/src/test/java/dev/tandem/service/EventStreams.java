package dev.tandem.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Reading an open event stream in tests. */
public final class EventStreams {

    private EventStreams() {
    }

    /**
     * Waits for the stream's {@code subscribed} comment: a change committed after it returns reaches the stream,
     * while one committed before may have been made before the server subscribed the client.
     */
    public static void awaitSubscribed(Iterator<String> lines) throws Exception {
        String first = CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith(":")) {
                    return line;
                }
            }
            return null;
        }).get(30, TimeUnit.SECONDS);
        assertThat(first).as("the first comment of the event stream").isEqualTo(": subscribed");
    }
}
