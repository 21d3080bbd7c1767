package dev.tandem.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.service.ApiClient;
import dev.tandem.service.EventStreams;
import dev.tandem.service.Races;
import dev.tandem.service.ServiceOptions;
import dev.tandem.service.TandemService;
import dev.tandem.service.TestDatabases;

/**
 * Two instances on one PostgreSQL database serve one network: an action on one reaches the other's clients and
 * indexes within a second (LISTEN/NOTIFY), and two stores racing for the last spare unit through different
 * instances cannot both get it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutIT {

    private String url;
    private TandemService first;
    private TandemService second;

    @BeforeAll
    void startTwoInstances() {
        url = TestDatabases.postgresSchema();
        first = TandemService.start(options(url));
        second = TandemService.start(options(url));
    }

    @AfterAll
    void stop() {
        for (TandemService service : new TandemService[] {first, second}) {
            if (service != null) {
                service.close();
            }
        }
        if (url != null) {
            TestDatabases.dropSchema(url);
        }
    }

    private static ServiceOptions options(String url) {
        return ServiceOptions.defaults().withDatabase(url).withPort(0).withHost("127.0.0.1").withDemo(true);
    }

    @Test
    void anActionOnOneInstanceReachesTheOthersEventStreamAndIndexesWithinASecond() throws Exception {
        ApiClient onFirst = ApiClient.demo(first.port(), "sz");
        ApiClient onSecond = ApiClient.demo(second.port(), "sz");
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + second.port() + "/api/events?access_token=" + onSecond.token()))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = stream.body().iterator();
        EventStreams.awaitSubscribed(lines);

        long started = System.nanoTime();
        JsonNode movement = onFirst.post("/api/stock/movements", Map.of("store", "SZ", "part", "WIPER", "kind",
                "RECEIVE", "units", 7)).json();
        CompletableFuture<Long> seen = CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data: ") && line.contains("stock.received") && line.contains("\"WIPER\"")) {
                    return System.nanoTime();
                }
            }
            return -1L;
        });
        long arrived = seen.get(10, TimeUnit.SECONDS);
        stream.body().close();
        long millis = (arrived - started) / 1_000_000;
        System.out.printf("event from instance 1 seen on instance 2 after %d ms%n", millis);
        assertThat(millis).isLessThan(1_000);

        int onHand = movement.get("stock").get("onHand").asInt();
        assertThat(second.live().network().stock(dev.tandem.model.StoreId.of("SZ"),
                dev.tandem.model.PartNumber.of("WIPER")).orElseThrow().onHand()).isEqualTo(onHand);
    }

    @Test
    void twoStoresRacingThroughTwoInstancesForTheLastSpareUnitCannotBothGetIt() throws Exception {
        ApiClient source = ApiClient.demo(first.port(), "dg");
        JsonNode holdings = source.get("/api/views/stock?part=CABIN-FLT").json().get("holdings");
        int free = 0;
        for (JsonNode holding : holdings) {
            if (holding.get("store").asText().equals("DG")) {
                free = holding.get("onHand").asInt() - holding.get("reserved").asInt();
            }
        }
        if (free > 1) {
            source.post("/api/stock/movements", Map.of("store", "DG", "part", "CABIN-FLT", "kind", "CONSUME",
                    "units", free - 1));
        } else if (free < 1) {
            source.post("/api/stock/movements", Map.of("store", "DG", "part", "CABIN-FLT", "kind", "RECEIVE",
                    "units", 1 - free));
        }
        ApiClient gz = ApiClient.demo(first.port(), "gz");
        ApiClient fs = ApiClient.demo(second.port(), "fs");
        for (int round = 0; round < 5; round++) {
            List<Integer> statuses = Races.all(List.<Callable<Integer>>of(
                    () -> gz.post("/api/transfers", Map.of("from", "DG", "to", "GZ", "part", "CABIN-FLT",
                            "quantity", 1)).status(),
                    () -> fs.post("/api/transfers", Map.of("from", "DG", "to", "FS", "part", "CABIN-FLT",
                            "quantity", 1)).status()));
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            // give the unit back for the next round: the winner's hold is released by a refusal
            for (JsonNode record : source.get("/api/records?status=REQUESTED&kind=TRANSFER").json()) {
                if (record.get("part").asText().equals("CABIN-FLT")) {
                    assertThat(source.post("/api/transfers/" + record.get("id").asText() + "/refuse", Map.of())
                            .status()).isEqualTo(200);
                }
            }
        }
    }
}
