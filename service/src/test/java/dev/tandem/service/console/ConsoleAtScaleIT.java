package dev.tandem.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.io.snapshot.SnapshotJson;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.service.ApiClient;
import dev.tandem.service.ApiClient.Response;
import dev.tandem.service.ServiceOptions;
import dev.tandem.service.TandemService;
import dev.tandem.service.TestDatabases;

/**
 * The console's reads on a generated network of 2,000 stores: the load of every store comes as one compact
 * answer (parallel arrays, no per-cell objects), a store's stock as one row per part, and both answer within a
 * generous bound. The console pages and sorts these in the browser. Slow (about two and a half minutes on two
 * cores): demo mode seeds a user per store, each with its bcrypt hash.
 */
class ConsoleAtScaleIT {

    private static final int STORES = 2_000;
    private static final int PARTS = 50;

    @Test
    void theConsoleReadsAnswerCompactlyForTwoThousandStores() throws Exception {
        Path folder = Files.createTempDirectory("tandem-console-scale");
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(STORES, PARTS, 4 * STORES, 7));
        Path file = folder.resolve("network.json");
        SnapshotJson.write(network, file);
        try (TandemService service = TandemService.start(ServiceOptions.defaults().withNetwork(file)
                .withDatabase(TestDatabases.h2(folder)).withPort(0).withHost("127.0.0.1").withDemo(true))) {
            ApiClient hq = ApiClient.demo(service.port(), "hq");

            long started = System.nanoTime();
            Response load = hq.get("/api/console/load");
            long loadMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(load.status()).isEqualTo(200);
            JsonNode stores = load.json().get("stores");
            int days = load.json().get("dates").size();
            assertThat(stores).hasSize(STORES);
            assertThat(days).isPositive();
            for (JsonNode store : stores) {
                assertThat(store.get("capacity")).hasSize(days);
                assertThat(store.get("booked")).hasSize(days);
            }
            // compact: well under 100 bytes per store and day
            assertThat(load.text().length()).isLessThan(STORES * days * 100);

            String first = stores.get(0).get("id").asText();
            Response one = hq.get("/api/console/load?store=" + first);
            assertThat(one.status()).isEqualTo(200);
            assertThat(one.json().get("stores")).hasSize(1);

            Response stock = hq.get("/api/console/stock?store=" + first);
            assertThat(stock.status()).isEqualTo(200);
            assertThat(stock.json().size()).isPositive().isLessThanOrEqualTo(PARTS);

            assertThat(loadMillis).as("a sanity bound on the whole network's load, in ms").isLessThan(10_000);
        }
    }
}
