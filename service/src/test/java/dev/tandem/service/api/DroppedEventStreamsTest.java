package dev.tandem.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.tandem.service.ApiClient;
import dev.tandem.service.EventStreams;
import dev.tandem.service.LogCapture;
import dev.tandem.service.ServiceOptions;
import dev.tandem.service.TandemService;
import dev.tandem.service.TestDatabases;

/**
 * Clients that drop their event stream abruptly (a reset socket, a cancelled body, a connection closed before the
 * answer) while events flow: the server keeps serving, ends each stream's sender, and logs nothing at WARN or
 * ERROR, since a client going away is normal. Stopping the service ends the streams still open as finished
 * responses, just as quietly.
 */
class DroppedEventStreamsTest extends ApiContract {

    private static final String PART = "HL-FL";
    private static final String SENDER_PREFIX = "tandem-sse-";

    @Override
    protected String databaseUrl() throws Exception {
        return TestDatabases.h2(Files.createTempDirectory("tandem-h2-dropped"));
    }

    @Test
    void clientsDroppingTheirStreamsWhileEventsFlowLeaveTheServerServingAndTheLogQuiet() throws Exception {
        String token = as("gz").token();
        Set<Long> sendersBefore = senders();
        try (LogCapture log = LogCapture.start()) {
            AtomicBoolean flowing = new AtomicBoolean(true);
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger acknowledged = new AtomicInteger();
            Thread writer = new Thread(() -> {
                ApiClient staff = as("sz");
                boolean receive = true;
                while (flowing.get()) {
                    int status = staff.post("/api/stock/movements", Map.of("store", "SZ", "part", PART, "kind",
                            receive ? "RECEIVE" : "CONSUME", "units", 1)).status();
                    (status == 201 ? acknowledged : refused).incrementAndGet();
                    receive = !receive;
                }
            }, "events-writer");
            writer.start();
            try {
                for (int i = 0; i < 30; i++) {
                    dropRawStream(token, i % 3 == 0 ? 0 : 200 * (i % 5));
                }
                for (int i = 0; i < 10; i++) {
                    dropHttpClientStream(token, i % 2 == 0);
                }

                // the server still serves: a fresh stream gets the event of a new action
                assertThat(eventOfANewAction(token)).isTrue();
                // and every dropped stream's sender ends, the events still flowing to notice the broken pipes
                awaitNoNewSenders(sendersBefore);
            } finally {
                flowing.set(false);
                writer.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertThat(refused.get()).isZero();
            assertThat(acknowledged.get()).isPositive();
            assertThat(anonymous().get("/health").status()).isEqualTo(200);
            assertThat(log.warningsAndErrors()).isEmpty();
        }
    }

    @Test
    void stoppingTheServiceEndsItsOpenStreamsCleanlyAndQuietly() throws Exception {
        Set<Long> sendersBefore = senders();
        try (LogCapture log = LogCapture.start()) {
            TandemService other = TandemService.start(ServiceOptions.defaults().withDatabase(TestDatabases.h2(
                    Files.createTempDirectory("tandem-h2-stop"))).withPort(0).withHost("127.0.0.1").withDemo(true));
            List<CompletableFuture<Boolean>> ends = new ArrayList<>();
            try {
                String token = ApiClient.demo(other.port(), "sz").token();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                for (int i = 0; i < 6; i++) {
                    HttpResponse<Stream<String>> response = http.send(streamRequest(other.port(), token),
                            HttpResponse.BodyHandlers.ofLines());
                    assertThat(response.statusCode()).isEqualTo(200);
                    if (i % 3 == 0) {
                        response.body().close();
                    } else {
                        Iterator<String> lines = response.body().iterator();
                        ends.add(CompletableFuture.supplyAsync(() -> {
                            while (lines.hasNext()) {
                                lines.next();
                            }
                            return true;
                        }));
                    }
                }
                // the answer's headers go out before the stream's sender starts: wait for all six
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (newSenders(sendersBefore).size() < 6 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(newSenders(sendersBefore)).hasSize(6);
            } finally {
                other.close();
            }
            // the streams still open end as a finished response, and every sender stops
            for (CompletableFuture<Boolean> end : ends) {
                assertThat(end.get(10, TimeUnit.SECONDS)).isTrue();
            }
            awaitNoNewSenders(sendersBefore);
            assertThat(log.warningsAndErrors()).isEmpty();
        }
    }

    /** Sends the request on a raw socket, reads some of the answer, then resets the connection. */
    private void dropRawStream(String token, int bytesToRead) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/events?access_token=" + token + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[bytesToRead];
            int read = 0;
            while (read < bytesToRead) {
                int n = in.read(buffer, read, bytesToRead - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            if (bytesToRead > 0) {
                assertThat(new String(buffer, 0, read, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
            }
            socket.setSoLinger(true, 0);
        }
    }

    /** Opens the stream with an {@link HttpClient}, then closes the body at once or after its first line. */
    private void dropHttpClientStream(String token, boolean readFirst) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<Stream<String>> response = http.send(streamRequest(token), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        if (readFirst) {
            response.body().iterator().next();
        }
        response.body().close();
    }

    /** Whether a fresh stream receives the event of a stock movement at GZ made after it connected. */
    private boolean eventOfANewAction(String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<Stream<String>> response = http.send(streamRequest(token), HttpResponse.BodyHandlers.ofLines());
        try {
            Iterator<String> lines = response.body().iterator();
            EventStreams.awaitSubscribed(lines);
            assertThat(as("gz").post("/api/stock/movements", Map.of("store", "GZ", "part", PART, "kind", "RECEIVE",
                    "units", 1)).status()).isEqualTo(201);
            return CompletableFuture.supplyAsync(() -> {
                while (lines.hasNext()) {
                    String line = lines.next();
                    if (line.startsWith("data: ") && line.contains("\"GZ\"")) {
                        return true;
                    }
                }
                return false;
            }).get(30, TimeUnit.SECONDS);
        } finally {
            response.body().close();
        }
    }

    private HttpRequest streamRequest(String token) {
        return streamRequest(port, token);
    }

    private static HttpRequest streamRequest(int port, String token) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/events?access_token=" + token))
                .header("Accept", "text/event-stream").GET().build();
    }

    private static void awaitNoNewSenders(Set<Long> before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!newSenders(before).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(newSenders(before)).as("event stream senders still running").isEmpty();
    }

    private static Set<Long> senders() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName()
                .startsWith(SENDER_PREFIX)).map(Thread::getId).collect(Collectors.toSet());
    }

    private static List<String> newSenders(Set<Long> before) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName()
                .startsWith(SENDER_PREFIX) && !before.contains(thread.getId())).map(Thread::getName).toList();
    }
}
