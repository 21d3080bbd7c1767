package dev.tandem.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.service.ApiClient;
import dev.tandem.service.ApiClient.Response;
import dev.tandem.service.ServiceOptions;
import dev.tandem.service.TandemService;

/**
 * The service started on a database for one test class, with the demo users, and helpers the API tests share.
 * The same tests run against H2 and PostgreSQL: subclasses only say which database. Tests share the service, so
 * each works on parts and stores of its own, or measures relative to what it reads first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {

    protected TandemService service;
    protected int port;
    private final Map<String, ApiClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

    /** The JDBC URL of a fresh database for this class. */
    protected abstract String databaseUrl() throws Exception;

    /** Cleans up the database after the class. */
    protected void dropDatabase() {
    }

    @BeforeAll
    void startService() throws Exception {
        service = TandemService.start(ServiceOptions.defaults().withDatabase(databaseUrl()).withPort(0)
                .withHost("127.0.0.1").withDemo(true), Clock.systemUTC());
        port = service.port();
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
        dropDatabase();
    }

    /** The demo user's client, logged in once per class (bcrypt makes each login take tens of milliseconds). */
    protected ApiClient as(String user) {
        return clients.computeIfAbsent(user, name -> ApiClient.demo(port, name));
    }

    protected ApiClient anonymous() {
        return ApiClient.anonymous(port);
    }

    /** The stock row of a part at a store, as the shared stock view shows it (zeros when the store has none). */
    protected StockRow stock(String store, String part) {
        Response view = as("hq").get("/api/views/stock?part=" + part);
        assertThat(view.status()).isEqualTo(200);
        for (JsonNode holding : view.json().get("holdings")) {
            if (holding.get("store").asText().equals(store)) {
                return new StockRow(holding.get("onHand").asInt(), holding.get("reserved").asInt());
            }
        }
        return new StockRow(0, 0);
    }

    /** Brings the free units (on hand minus reserved) of a part at a store to exactly {@code free}. */
    protected void setFree(String store, String part, int free) {
        StockRow row = stock(store, part);
        int now = row.onHand() - row.reserved();
        ApiClient staff = as(store.toLowerCase(java.util.Locale.ROOT));
        if (now > free) {
            assertThat(staff.post("/api/stock/movements", Map.of("store", store, "part", part, "kind", "CONSUME",
                    "units", now - free)).status()).isEqualTo(201);
        } else if (now < free) {
            assertThat(staff.post("/api/stock/movements", Map.of("store", store, "part", part, "kind", "RECEIVE",
                    "units", free - now)).status()).isEqualTo(201);
        }
        assertThat(stock(store, part).free()).isEqualTo(free);
    }

    protected static Map<String, Object> transfer(String from, String to, String part, int quantity) {
        return Map.of("from", from, "to", to, "part", part, "quantity", quantity);
    }

    /** On hand and reserved. */
    protected record StockRow(int onHand, int reserved) {

        int free() {
            return onHand - reserved;
        }
    }
}
