package dev.tandem.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.service.ApiClient;
import dev.tandem.service.ApiClient.Response;
import dev.tandem.service.ServiceOptions;
import dev.tandem.service.TandemService;
import dev.tandem.service.TestDatabases;

/**
 * What the service adds for the console: its files at {@code /console/} under a strict content security policy,
 * and the compact load, store-stock and ROI reads, checked against the bundled South China network.
 */
class ConsoleRoutesTest {

    private static TandemService service;
    private static ApiClient hq;
    private static ApiClient shenzhen;

    @BeforeAll
    static void start() throws Exception {
        service = TandemService.start(ServiceOptions.defaults().withDatabase(TestDatabases.h2(
                Files.createTempDirectory("tandem-console-routes"))).withHost("127.0.0.1").withPort(0).withDemo(true));
        hq = ApiClient.demo(service.port(), "hq");
        shenzhen = ApiClient.demo(service.port(), "sz");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theConsoleIsServedUnderItsPolicyAndTheRootLeadsToIt() {
        ApiClient anonymous = ApiClient.anonymous(service.port());

        Response root = anonymous.get("/");
        Response page = anonymous.get("/console/");
        Response labels = anonymous.get("/console/i18n/zh-CN.json");

        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).endsWith("/console/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("<script type=\"module\" src=\"/console/js/app.js\">");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(labels.json().get("nav.today").asText()).isEqualTo("今日");
    }

    @Test
    void theLoadHasEveryStoreOverTheNetworksDays() {
        Response all = shenzhen.get("/api/console/load");
        Response one = shenzhen.get("/api/console/load?store=SZ");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("stores")).hasSize(15);
        assertThat(all.json().get("dates")).hasSize(7);
        assertThat(all.json().get("today").asText()).isEqualTo("2026-11-27");
        JsonNode sz = one.json().get("stores");
        assertThat(sz).hasSize(1);
        // Shenzhen today: 32 booked of 30, as the sample network says
        assertThat(sz.get(0).get("capacity").get(0).asInt()).isEqualTo(30);
        assertThat(sz.get(0).get("booked").get(0).asInt()).isEqualTo(32);
        assertThat(shenzhen.get("/api/console/load?store=NOPE").status()).isEqualTo(422);
        assertThat(ApiClient.anonymous(service.port()).get("/api/console/load").status()).isEqualTo(401);
    }

    @Test
    void aStoresStockStandsBesideTheNetworks() {
        Response stock = shenzhen.get("/api/console/stock?store=SZ");

        assertThat(stock.status()).isEqualTo(200);
        JsonNode headlamp = null;
        for (JsonNode row : stock.json()) {
            if (row.get("part").asText().equals("HL-FL")) {
                headlamp = row;
            }
        }
        assertThat(headlamp).isNotNull();
        JsonNode network = hq.get("/api/views/stock?part=HL-FL").json();
        assertThat(headlamp.get("onHand").asInt()).isEqualTo(2);
        assertThat(headlamp.get("networkOnHand").asInt()).isEqualTo(network.get("totalOnHand").asInt());
        assertThat(headlamp.get("networkSpare").asInt()).isEqualTo(network.get("totalSpare").asInt());
        assertThat(headlamp.get("storesWithSpare").asInt()).isPositive().isLessThan(15);
    }

    @Test
    void theRoiIsThePlaybooksExampleUnlessFiguresAreGiven() {
        Response example = hq.post("/api/roi", Map.of());
        Response fewer = hq.post("/api/roi", Map.of("customersRetained", 0, "newCustomersPerYear", 0));
        Response wrong = hq.post("/api/roi", Map.of("people", -1, "costOfCapital", 2));

        assertThat(example.status()).isEqualTo(200);
        assertThat(example.json().get("result").get("roiPercent").decimalValue()).isEqualByComparingTo("7051.9");
        assertThat(example.json().get("inputs").get("retention").get("customers").asLong()).isEqualTo(1_500);
        assertThat(fewer.json().get("result").get("roiPercent").decimalValue())
                .isLessThan(example.json().get("result").get("roiPercent").decimalValue());
        assertThat(wrong.status()).isEqualTo(422);
        List<String> fields = wrong.json().get("errors").findValuesAsText("field");
        assertThat(fields).contains("/people", "/costOfCapital");
        assertThat(shenzhen.post("/api/roi", Map.of()).status()).isEqualTo(403);
    }
}
