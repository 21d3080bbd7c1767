package dev.tandem.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tandem.ledger.Status;
import dev.tandem.model.StockLevel;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.service.ApiClient;
import dev.tandem.service.ApiClient.Response;
import dev.tandem.service.ChildService;
import dev.tandem.service.TestDatabases;

/**
 * Kills the service with SIGKILL while clients move stock and run transfers, restarts it on the same database,
 * and checks that every acknowledged action is there and that stock is conserved: per part, the seed's units
 * plus deliveries minus parts used equal the units on hand, in transit and lost; and every unit reserved is held
 * by a record (or was reserved in the seed). Runs on H2 and on PostgreSQL ({@code TANDEM_TEST_PG_URL}, required
 * under CI). {@code -Dtandem.crash.rounds=N} runs more rounds (default 3); {@code -Dtandem.crash.databases=H2} runs
 * on H2 only.
 */
class CrashIT {

    private static final List<String> STORES = List.of("SZ", "GZ", "DG", "FS", "ZH", "ZS", "HZ", "JM");
    private static final List<String> PARTS = List.of("HL-FL", "HL-FR", "BRK-PAD-F", "WIPER", "TPMS");
    private static final int CLIENTS = 8;
    /** The kill waits for this many acknowledgements, however slow the machine, so every round tests something. */
    private static final int MINIMUM_ACKNOWLEDGED = 25;

    /** What the clients were told succeeded. */
    private final Map<String, Integer> movements = new ConcurrentHashMap<>();
    private final Map<String, Status> records = new ConcurrentHashMap<>();

    /** The databases to run on: both by default, or those {@code -Dtandem.crash.databases=H2,PostgreSQL} names. */
    static Stream<String> databases() {
        List<String> chosen = List.of(System.getProperty("tandem.crash.databases", "H2,PostgreSQL").split(","));
        return Stream.of("H2", "PostgreSQL").filter(chosen::contains);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyAcknowledgedActionSurvivesSigkillAndStockIsConserved(String database) throws Exception {
        int rounds = Integer.getInteger("tandem.crash.rounds", 3);
        Path folder = Files.createTempDirectory("tandem-crash");
        String url = database.equals("H2") ? TestDatabases.h2(folder) : TestDatabases.postgresSchema();
        try {
            crashRounds(url, folder.resolve("service.log"), rounds);
        } finally {
            if (!database.equals("H2")) {
                TestDatabases.dropSchema(url);
            }
        }
    }

    private void crashRounds(String url, Path log, int rounds) throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < rounds; round++) {
            ChildService service = ChildService.start(url, log);
            long killAfter = 500 + random.nextInt(2_500);
            int acknowledged = load(service, killAfter, random.nextLong());
            assertThat(acknowledged).as("actions acknowledged before the kill in round " + round)
                    .isGreaterThanOrEqualTo(MINIMUM_ACKNOWLEDGED);
            System.out.printf("crash round %d: killed at least %d ms in, %d actions acknowledged%n", round,
                    killAfter, acknowledged);
            ChildService restarted = ChildService.start(url, log);
            assertThat(ApiClient.demo(restarted.port(), "sz").get("/api/advice/transfer?store=SZ&part=HL-FL")
                    .status()).isEqualTo(200);
            restarted.close();
            check(url);
        }
    }

    /**
     * Drives the service and kills it once {@code killAfterMillis} have passed and at least
     * {@link #MINIMUM_ACKNOWLEDGED} actions were acknowledged (or two minutes passed); returns the actions
     * acknowledged.
     */
    private int load(ChildService service, long killAfterMillis, long seed) throws Exception {
        Map<String, ApiClient> staff = new HashMap<>();
        for (String store : STORES) {
            staff.put(store, ApiClient.demo(service.port(), store.toLowerCase(java.util.Locale.ROOT)));
        }
        AtomicBoolean alive = new AtomicBoolean(true);
        int before = movements.size() + records.size();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(seed + c);
            clients.submit(() -> {
                while (alive.get()) {
                    try {
                        act(staff, random);
                    } catch (RuntimeException connectionLost) {
                        if (!alive.get()) {
                            return;
                        }
                        pause();
                    }
                }
            });
        }
        Thread.sleep(killAfterMillis);
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (movements.size() + records.size() - before < MINIMUM_ACKNOWLEDGED && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        service.kill();
        alive.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return movements.size() + records.size() - before;
    }

    /** A request failed while the service is alive (a slow machine's time-out): the client tries again shortly. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void act(Map<String, ApiClient> staff, Random random) {
        String store = STORES.get(random.nextInt(STORES.size()));
        String part = PARTS.get(random.nextInt(PARTS.size()));
        if (random.nextInt(3) == 0) {
            boolean receive = random.nextBoolean();
            int units = receive ? 1 + random.nextInt(3) : 1;
            Response response = staff.get(store).post("/api/stock/movements", Map.of("store", store, "part", part,
                    "kind", receive ? "RECEIVE" : "CONSUME", "units", units));
            if (response.status() == 201) {
                movements.put(response.json().get("id").asText(), receive ? units : -units);
            }
            return;
        }
        String from = STORES.get(random.nextInt(STORES.size()));
        if (from.equals(store)) {
            return;
        }
        Response requested = staff.get(store).post("/api/transfers", Map.of("from", from, "to", store, "part", part,
                "quantity", 1));
        if (requested.status() != 201) {
            return;
        }
        String id = requested.json().get("id").asText();
        records.put(id, Status.REQUESTED);
        step(staff.get(from), "/api/transfers/" + id + "/approve", id, Status.ACCEPTED);
        if (random.nextInt(4) > 0) {
            step(staff.get(from), "/api/transfers/" + id + "/ship", id, Status.IN_PROGRESS);
            if (random.nextBoolean()) {
                step(staff.get(store), "/api/transfers/" + id + "/receive", id, Status.DONE);
            }
        }
    }

    private void step(ApiClient client, String path, String id, Status status) {
        if (client.post(path, Map.of()).status() == 200) {
            records.put(id, status);
        }
    }

    private void check(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url); Statement sql = db.createStatement()) {
            Map<String, Integer> stored = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT id, kind, units FROM stock_movement")) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2).equals("RECEIVE") ? rows.getInt(3)
                            : -rows.getInt(3));
                }
            }
            assertThat(stored).as("every acknowledged stock movement").containsAllEntriesOf(movements);
            Map<String, Status> statuses = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT id, status FROM ledger_record")) {
                while (rows.next()) {
                    statuses.put(rows.getString(1), Status.valueOf(rows.getString(2)));
                }
            }
            for (Map.Entry<String, Status> acknowledged : records.entrySet()) {
                assertThat(statuses).containsKey(acknowledged.getKey());
                assertThat(statuses.get(acknowledged.getKey()).ordinal()).as(acknowledged.getKey())
                        .isGreaterThanOrEqualTo(order(acknowledged.getValue()));
            }
            NetworkSnapshot seed = SampleNetworks.southChina();
            for (String part : PARTS) {
                long seeded = seed.stockOfPart(dev.tandem.model.PartNumber.of(part)).stream()
                        .mapToLong(StockLevel::onHand).sum();
                long moved = single(sql, "SELECT COALESCE(SUM(CASE WHEN kind = 'RECEIVE' THEN units ELSE -units END), 0)"
                        + " FROM stock_movement WHERE part = '" + part + "'");
                long onHand = single(sql, "SELECT COALESCE(SUM(on_hand), 0) FROM stock WHERE part = '" + part + "'");
                long inTransit = single(sql, "SELECT COALESCE(SUM(units_shipped), 0) FROM ledger_record WHERE part = '"
                        + part + "' AND status = 'IN_PROGRESS'");
                long lost = single(sql, "SELECT COALESCE(SUM(units_shipped - units_received), 0) FROM ledger_record "
                        + "WHERE part = '" + part + "' AND status IN ('DONE', 'SETTLED')");
                assertThat(onHand + inTransit + lost).as("units of " + part).isEqualTo(seeded + moved);
                long seededReserved = seed.stockOfPart(dev.tandem.model.PartNumber.of(part)).stream()
                        .mapToLong(StockLevel::reserved).sum();
                long reserved = single(sql, "SELECT COALESCE(SUM(reserved), 0) FROM stock WHERE part = '" + part + "'");
                long held = single(sql, "SELECT COALESCE(SUM(units_held), 0) FROM ledger_record WHERE part = '" + part
                        + "'");
                assertThat(reserved).as("reserved units of " + part).isEqualTo(seededReserved + held);
            }
        }
    }

    /** Statuses in life-cycle order, so that "at least as far as acknowledged" is an ordinal comparison. */
    private static int order(Status status) {
        return List.of(Status.values()).indexOf(status);
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
