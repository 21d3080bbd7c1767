package dev.tandem.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.tandem.service.ApiClient;
import dev.tandem.service.EventStreams;
import dev.tandem.service.TestDatabases;

/** The event stream pushes committed changes to the clients allowed to see them. */
class LiveEventsTest extends ApiContract {

    @Override
    protected String databaseUrl() throws Exception {
        return TestDatabases.h2(Files.createTempDirectory("tandem-h2-events"));
    }

    @Test
    void aConnectedClientReceivesTheEventOfAnActionAndResumesAfterItsLastEventId() throws Exception {
        String token = as("sz").token();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/events?access_token=" + token)).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Iterator<String> lines = response.body().iterator();
        // the stream says when it is subscribed; an action before that may commit before the subscription exists
        EventStreams.awaitSubscribed(lines);

        String id = as("sz").post("/api/transfers", ApiContract.transfer("ZH", "SZ", "HL-FL", 1)).json().get("id")
                .asText();
        CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> {
            String lastId = null;
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("id: ")) {
                    lastId = line.substring(4);
                }
                if (line.startsWith("data: ") && line.contains(id)) {
                    return lastId;
                }
            }
            return null;
        });
        String eventId = seen.get(30, TimeUnit.SECONDS);
        assertThat(eventId).isNotNull();
        response.body().close();

        // a later action, then a reconnect after the event seen: the later one comes first
        String later = as("zh").post("/api/transfers/" + id + "/approve", "").json().get("id").asText();
        HttpResponse<Stream<String>> resumed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/events?access_token=" + token)).header("Accept", "text/event-stream")
                .header("Last-Event-ID", eventId).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        Iterator<String> again = resumed.body().iterator();
        CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> {
            while (again.hasNext()) {
                String line = again.next();
                if (line.startsWith("event: ")) {
                    return line.substring(7);
                }
            }
            return null;
        });
        assertThat(next.get(30, TimeUnit.SECONDS)).isEqualTo("transfer.approved");
        assertThat(later).isEqualTo(id);
        resumed.body().close();
    }

    @Test
    void demoUsersExistOnlyInDemoMode() throws Exception {
        try (var plain = dev.tandem.service.TandemService.start(dev.tandem.service.ServiceOptions.defaults()
                .withDatabase(TestDatabases.h2(Files.createTempDirectory("tandem-h2-plain"))).withPort(0)
                .withHost("127.0.0.1").withDemo(false))) {
            assertThat(plain.demoAccounts()).isEmpty();
            assertThat(ApiClient.anonymous(plain.port()).post("/api/login", Map.of("username", "hq", "password",
                    "demo-hq")).status()).isEqualTo(401);
        }
        assertThat(service.demoAccounts()).hasSize(16);
    }
}
