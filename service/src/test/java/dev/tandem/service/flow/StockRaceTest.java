package dev.tandem.service.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import dev.tandem.service.ApiClient;
import dev.tandem.service.Races;
import dev.tandem.service.ServiceOptions;
import dev.tandem.service.TandemService;
import dev.tandem.service.TestDatabases;

/**
 * Many clients race holds, approvals, shipments and movements on one stock row, without a crash: the units the
 * row reserves stay exactly the units its records hold (no lost update under {@code SELECT ... FOR UPDATE}).
 */
class StockRaceTest {

    private static final String SOURCE = "ZH";
    private static final String PART = "HL-FR";
    private static final List<String> STORES = List.of("SZ", "GZ", "DG", "FS", "ZS", "HZ", "JM");

    @Test
    void unitsReservedAtOneStockRowAreExactlyTheUnitsItsRecordsHold() throws Exception {
        Path folder = Files.createTempDirectory("tandem-race");
        String url = TestDatabases.h2(folder);
        try (TandemService service = TandemService.start(ServiceOptions.defaults().withDatabase(url).withPort(0)
                .withHost("127.0.0.1").withDemo(true), Clock.systemUTC())) {
            int port = service.port();
            ApiClient source = ApiClient.demo(port, "zh");
            assertThat(source.post("/api/stock/movements", Map.of("store", SOURCE, "part", PART, "kind", "RECEIVE",
                    "units", 5_000)).status()).isEqualTo(201);
            long seeded;
            try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
                seeded = single(sql, "SELECT reserved FROM stock WHERE store = 'ZH' AND part = 'HL-FR'");
            }
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                Random random = new Random(c);
                String store = STORES.get(c % STORES.size());
                ApiClient requester = ApiClient.demo(port, store.toLowerCase(java.util.Locale.ROOT));
                calls.add(() -> {
                    for (int i = 0; i < 60; i++) {
                        if (random.nextInt(3) == 0) {
                            source.post("/api/stock/movements", Map.of("store", SOURCE, "part", PART, "kind",
                                    random.nextBoolean() ? "RECEIVE" : "CONSUME", "units", 1));
                            continue;
                        }
                        var requested = requester.post("/api/transfers", Map.of("from", SOURCE, "to", store,
                                "part", PART, "quantity", 1));
                        if (requested.status() != 201) {
                            continue;
                        }
                        String id = requested.json().get("id").asText();
                        if (random.nextInt(4) == 0) {
                            continue;
                        }
                        source.post("/api/transfers/" + id + "/approve", Map.of());
                        if (random.nextBoolean()) {
                            source.post("/api/transfers/" + id + "/ship", Map.of());
                        }
                    }
                    return 0;
                });
            }
            Races.all(calls);
            try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
                long reserved = single(sql, "SELECT reserved FROM stock WHERE store = 'ZH' AND part = 'HL-FR'");
                long held = single(sql, "SELECT COALESCE(SUM(units_held), 0) FROM ledger_record WHERE helper = 'ZH'"
                        + " AND part = 'HL-FR'");
                assertThat(reserved).as("reserved units of ZH HL-FR").isEqualTo(seeded + held);
            }
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
