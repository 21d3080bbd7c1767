package dev.tandem.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.service.ApiClient;
import dev.tandem.service.ApiClient.Response;
import dev.tandem.service.Races;

/** What the API promises, run against each database by the subclasses. */
abstract class ApiTests extends ApiContract {

    // ---- log in ----

    @Test
    void loginGivesATokenThatNamesTheUser() {
        Response me = as("sz").get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asText()).isEqualTo("STORE");
        assertThat(me.json().get("store").asText()).isEqualTo("SZ");
    }

    @Test
    void wrongPasswordUnknownUserMissingOrBadTokenAre401() {
        assertThat(anonymous().post("/api/login", Map.of("username", "sz", "password", "wrong")).status())
                .isEqualTo(401);
        assertThat(anonymous().post("/api/login", Map.of("username", "nobody", "password", "x")).status())
                .isEqualTo(401);
        Response noToken = anonymous().get("/api/records");
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(noToken.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ApiClient.anonymous(port).get("/api/me?access_token=x").status()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheToken() {
        ApiClient user = ApiClient.demo(port, "gz");
        assertThat(user.post("/api/logout", "").status()).isEqualTo(204);
        assertThat(user.get("/api/me").status()).isEqualTo(401);
    }

    // ---- the transfer life cycle ----

    @Test
    void transferGoesFromRequestThroughApprovalShippingAndReceiptMovingTheStock() {
        setFree("ZH", "HL-FR", 5);
        StockRow source = stock("ZH", "HL-FR");
        StockRow target = stock("SZ", "HL-FR");

        Response requested = as("sz").post("/api/transfers", transfer("ZH", "SZ", "HL-FR", 2));
        assertThat(requested.status()).isEqualTo(201);
        String id = requested.json().get("id").asText();
        assertThat(requested.json().get("status").asText()).isEqualTo("REQUESTED");
        assertThat(stock("ZH", "HL-FR").reserved()).isEqualTo(source.reserved() + 2);

        assertThat(as("zh").post("/api/transfers/" + id + "/approve", "").json().get("status").asText())
                .isEqualTo("ACCEPTED");
        Response shipped = as("zh").post("/api/transfers/" + id + "/ship", Map.of());
        assertThat(shipped.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(stock("ZH", "HL-FR")).isEqualTo(new StockRow(source.onHand() - 2, source.reserved()));
        Response received = as("sz").post("/api/transfers/" + id + "/receive", Map.of());
        assertThat(received.json().get("status").asText()).isEqualTo("DONE");
        assertThat(stock("SZ", "HL-FR").onHand()).isEqualTo(target.onHand() + 2);

        Response record = as("sz").get("/api/records/" + id);
        assertThat(record.json().get("history")).extracting(step -> step.get("status").asText())
                .containsExactly("REQUESTED", "ACCEPTED", "IN_PROGRESS", "DONE");
        assertThat(record.json().get("history").get(1).get("actor").asText()).isEqualTo("zh");

        Response settled = as("hq").post("/api/records/" + id + "/settle", Map.of("paid", "113.11"));
        assertThat(settled.json().get("status").asText()).isEqualTo("SETTLED");
    }

    @Test
    void refusingATransferReleasesTheHeldUnits() {
        setFree("DG", "TL-RL", 3);
        StockRow before = stock("DG", "TL-RL");
        String id = as("gz").post("/api/transfers", transfer("DG", "GZ", "TL-RL", 2)).json().get("id").asText();
        Response refused = as("dg").post("/api/transfers/" + id + "/refuse", Map.of("reason", "needed here"));
        assertThat(refused.json().get("status").asText()).isEqualTo("REFUSED");
        assertThat(stock("DG", "TL-RL")).isEqualTo(before);
        Response again = as("dg").post("/api/transfers/" + id + "/approve", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("REFUSED");
    }

    @Test
    void askingForMoreThanTheSourceHasFreeIsAConflictNamingTheNumbers() {
        setFree("FS", "TL-RR", 1);
        Response response = as("sz").post("/api/transfers", transfer("FS", "SZ", "TL-RR", 2));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/insufficient-stock");
        assertThat(response.json().get("detail").asText()).contains("(FS)", "1 units", "TL-RR");
    }

    @Test
    void twoStoresRacingForTheLastSpareUnitCannotBothGetIt() throws Exception {
        setFree("ZS", "FOG-F", 1);
        List<Callable<Integer>> calls = List.of(
                () -> as("sz").post("/api/transfers", transfer("ZS", "SZ", "FOG-F", 1)).status(),
                () -> as("gz").post("/api/transfers", transfer("ZS", "GZ", "FOG-F", 1)).status(),
                () -> as("zh").post("/api/transfers", transfer("ZS", "ZH", "FOG-F", 1)).status());
        List<Integer> statuses = Races.all(calls);
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409);
        assertThat(stock("ZS", "FOG-F").free()).isZero();
    }

    // ---- access control ----

    @Test
    void eachRoleIsRefusedWhereItDoesNotBelong() {
        setFree("HZ", "MIR-L", 4);
        String id = as("sz").post("/api/transfers", transfer("HZ", "SZ", "MIR-L", 1)).json().get("id").asText();
        // another store's approval endpoint, the requester itself, and HQ: only the source approves
        assertThat(as("gz").post("/api/transfers/" + id + "/approve", "").status()).isEqualTo(403);
        assertThat(as("sz").post("/api/transfers/" + id + "/approve", "").status()).isEqualTo(403);
        assertThat(as("hq").post("/api/transfers/" + id + "/approve", "").status()).isEqualTo(403);
        // a store cannot ask on behalf of another, nor see its records or change its stock
        assertThat(as("gz").post("/api/transfers", transfer("HZ", "SZ", "MIR-L", 1)).status()).isEqualTo(403);
        assertThat(as("gz").get("/api/records/" + id).status()).isEqualTo(403);
        assertThat(as("gz").get("/api/records?store=SZ").status()).isEqualTo(403);
        assertThat(as("gz").post("/api/stock/movements", Map.of("store", "SZ", "part", "MIR-L", "kind", "RECEIVE",
                "units", 1)).status()).isEqualTo(403);
        assertThat(as("gz").get("/api/advice/transfer?store=SZ&part=MIR-L").status()).isEqualTo(403);
        // plans are HQ's
        assertThat(as("sz").post("/api/plans", Map.of("kind", "REBALANCE")).status()).isEqualTo(403);
        assertThat(as("sz").get("/api/plans").status()).isEqualTo(403);
        assertThat(as("sz").post("/api/records/" + id + "/settle", Map.of()).status()).isEqualTo(403);
        // and the source may approve
        assertThat(as("hz").post("/api/transfers/" + id + "/approve", "").status()).isEqualTo(200);
        assertThat(as("hz").get("/api/records/" + id).status()).isEqualTo(200);
        assertThat(as("hq").get("/api/records/" + id).status()).isEqualTo(200);
    }

    @Test
    void storeStaffListOnlyTheirOwnStoresRecords() {
        setFree("JM", "MIR-R", 3);
        as("zq").post("/api/transfers", transfer("JM", "ZQ", "MIR-R", 1));
        Response list = as("qy").get("/api/records");
        assertThat(list.status()).isEqualTo(200);
        for (JsonNode record : list.json()) {
            assertThat(List.of(record.get("requester").asText(), record.get("helper").asText())).contains("QY");
        }
        assertThat(as("hq").get("/api/records?store=ZQ").json()).isNotEmpty();
    }

    // ---- idempotency ----

    @Test
    void aRetriedActionWithTheSameKeyDoesNotActTwice() {
        setFree("SG", "MIR-GLS", 5);
        StockRow before = stock("SG", "MIR-GLS");
        ApiClient staff = as("st");
        Response first = staff.post("/api/transfers", transfer("SG", "ST", "MIR-GLS", 2), "key-retry-1");
        Response retry = staff.post("/api/transfers", transfer("SG", "ST", "MIR-GLS", 2), "key-retry-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(stock("SG", "MIR-GLS").reserved()).isEqualTo(before.reserved() + 2);
        Response other = staff.post("/api/transfers", transfer("SG", "ST", "MIR-GLS", 1), "key-retry-1");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void concurrentRetriesWithOneKeyActOnce() throws Exception {
        setFree("NN", "BMP-F", 6);
        StockRow before = stock("NN", "BMP-F");
        ApiClient staff = as("xm");
        List<Callable<Response>> calls = List.of(
                () -> staff.post("/api/transfers", transfer("NN", "XM", "BMP-F", 1), "key-race"),
                () -> staff.post("/api/transfers", transfer("NN", "XM", "BMP-F", 1), "key-race"),
                () -> staff.post("/api/transfers", transfer("NN", "XM", "BMP-F", 1), "key-race"));
        List<Response> responses = Races.all(calls);
        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(201));
        assertThat(responses).extracting(response -> response.json().get("id").asText()).containsOnly(
                responses.get(0).json().get("id").asText());
        assertThat(stock("NN", "BMP-F").reserved()).isEqualTo(before.reserved() + 1);
    }

    // ---- bad input ----

    @Test
    void invalidFieldsAreListedAsProblemDetailsNamingFieldAndRule() {
        Response response = as("sz").post("/api/transfers", Map.of("from", "NOWHERE", "to", "SZ", "part", "HL-FL",
                "quantity", 0, "extra", true));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/validation");
        assertThat(response.json().get("errors")).extracting(error -> error.get("field").asText())
                .contains("/extra", "/quantity");
        Response store = as("sz").post("/api/transfers", transfer("NOWHERE", "SZ", "HL-FL", 1));
        assertThat(store.json().get("errors").get(0).get("field").asText()).isEqualTo("/from");
        assertThat(store.json().get("errors").get(0).get("value").asText()).isEqualTo("NOWHERE");
    }

    @Test
    void malformedJsonIs400AndNothingLeaksAClassName() {
        Response response = as("sz").send("POST", "/api/transfers", "{\"from\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asText()).isNotEmpty();
        assertThat(response.text()).doesNotContain("Exception", "java.", "com.fasterxml", "\tat ");
        Response array = as("sz").send("POST", "/api/transfers", "[1, 2]");
        assertThat(array.status()).isEqualTo(422);
    }

    @Test
    void bodiesOverTheLimitAre413() {
        String big = "{\"reason\": \"" + "x".repeat(1_100_000) + "\"}";
        Response response = as("sz").send("POST", "/api/transfers/TR-NONE/refuse", big);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("type").asText()).isEqualTo("/problems/payload-too-large");
    }

    @Test
    void unknownPathsAndMethodsAreProblemDetails() {
        Response missing = as("sz").get("/api/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("status").asInt()).isEqualTo(404);
        Response method = as("sz").send("DELETE", "/api/records", "");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().get("type").asText()).isEqualTo("/problems/method-not-allowed");
        assertThat(as("sz").get("/api/records/TR-NOTHERE").status()).isEqualTo(404);
        assertThat(as("sz").get("/api/advice/transfer?store=SZ&part=HL-FL&quantity=abc").json().get("errors")
                .get(0).get("field").asText()).isEqualTo("quantity");
    }

    // ---- stock, technicians, capacity ----

    @Test
    void usingMoreThanIsFreeIsRefusedAndNothingChanges() {
        setFree("ST", "GRILLE", 2);
        StockRow before = stock("ST", "GRILLE");
        Response response = as("st").post("/api/stock/movements", Map.of("store", "ST", "part", "GRILLE", "kind",
                "CONSUME", "units", 3));
        assertThat(response.status()).isEqualTo(409);
        assertThat(stock("ST", "GRILLE")).isEqualTo(before);
    }

    @Test
    void technicianStatusIsSetByTheirOwnStoreOnly() {
        assertThat(as("gz").put("/api/technicians/T001/status", Map.of("status", "LEAVE")).status()).isEqualTo(403);
        Response set = as("sz").put("/api/technicians/T004/status", Map.of("status", "OFF"));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("status").asText()).isEqualTo("OFF");
        assertThat(as("sz").put("/api/technicians/T004/status", Map.of("status", "ON_SUPPORT")).status())
                .isEqualTo(422);
        assertThat(as("sz").put("/api/technicians/T004/status", Map.of("status", "ON_DUTY")).status())
                .isEqualTo(200);
    }

    // ---- support bookings ----

    @Test
    void supportBookingIsConfirmedStartedAndDoneAndHoldsTheTechnician() {
        // T007 is a GZ technician; DG books them, then ZH tries the same day
        Response booked = as("dg").post("/api/bookings", Map.of("requester", "DG", "technician", "T007", "date",
                "2026-12-10"));
        assertThat(booked.status()).isEqualTo(201);
        String id = booked.json().get("id").asText();
        assertThat(as("dg").post("/api/bookings/" + id + "/confirm", "").status()).isEqualTo(403);
        Response confirmed = as("gz").post("/api/bookings/" + id + "/confirm", "");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("record").get("status").asText()).isEqualTo("ACCEPTED");

        String second = as("zh").post("/api/bookings", Map.of("requester", "ZH", "technician", "T007", "date",
                "2026-12-10")).json().get("id").asText();
        Response clash = as("gz").post("/api/bookings/" + second + "/confirm", "");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("type").asText()).isEqualTo("/problems/technician-booked");

        assertThat(as("gz").post("/api/bookings/" + id + "/start", "").json().get("status").asText())
                .isEqualTo("IN_PROGRESS");
        JsonNode network = as("hq").get("/api/network").json();
        assertThat(statusOf(network, "T007")).isEqualTo("ON_SUPPORT");
        assertThat(as("dg").post("/api/bookings/" + id + "/complete", Map.of("resolved", true, "satisfaction", 9))
                .json().get("status").asText()).isEqualTo("DONE");
        assertThat(statusOf(as("hq").get("/api/network").json(), "T007")).isEqualTo("ON_DUTY");
    }

    private static String statusOf(JsonNode network, String technician) {
        for (JsonNode each : network.get("technicians")) {
            if (each.get("id").asText().equals(technician)) {
                return each.get("status").asText();
            }
        }
        throw new AssertionError("no technician " + technician);
    }

    // ---- diversions ----

    @Test
    void acceptedDiversionMovesOneJobOfCapacityAndAFullStoreRefuses() {
        Response before = as("hq").get("/api/views/capacity?date=2026-12-01");
        int receivingBooked = booked(before.json(), "ZJ");
        Response offered = as("fs").post("/api/diversions", Map.of("from", "FS", "to", "ZJ", "date", "2026-12-01",
                "compensation", "200"));
        assertThat(offered.status()).isEqualTo(201);
        String id = offered.json().get("id").asText();
        assertThat(as("zj").post("/api/diversions/" + id + "/accept", "").status()).isEqualTo(403);
        assertThat(as("fs").post("/api/diversions/" + id + "/accept", "").json().get("status").asText())
                .isEqualTo("ACCEPTED");
        assertThat(booked(as("hq").get("/api/views/capacity?date=2026-12-01").json(), "ZJ"))
                .isEqualTo(receivingBooked + 1);
        as("fs").post("/api/diversions/" + id + "/start", "");
        assertThat(as("zj").post("/api/diversions/" + id + "/complete", Map.of("served", true)).json().get("status")
                .asText()).isEqualTo("DONE");

        // fill ZJ on that day, then the next accepted offer is refused
        JsonNode day = day(as("hq").get("/api/views/capacity?date=2026-12-01").json(), "ZJ");
        assertThat(as("zj").put("/api/capacity/ZJ/2026-12-01", Map.of("capacity", day.get("booked").asInt()))
                .status()).isEqualTo(200);
        String full = as("fs").post("/api/diversions", Map.of("from", "FS", "to", "ZJ", "date", "2026-12-01"))
                .json().get("id").asText();
        Response refused = as("fs").post("/api/diversions/" + full + "/accept", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).isEqualTo("/problems/no-capacity");
    }

    private static int booked(JsonNode loads, String store) {
        return day(loads, store).get("booked").asInt();
    }

    private static JsonNode day(JsonNode loads, String store) {
        for (JsonNode load : loads) {
            if (load.get("store").asText().equals(store)) {
                return load;
            }
        }
        throw new AssertionError("no load of " + store);
    }

    // ---- views and advice ----

    @Test
    void theThreeViewsAndTheAdviceAnswer() {
        ApiClient staff = as("sz");
        assertThat(staff.get("/api/views/stock").json()).hasSize(50);
        assertThat(staff.get("/api/views/stock?part=HL-FL").json().get("holdings")).isNotEmpty();
        assertThat(staff.get("/api/views/technicians?skill=HV_SYSTEM&minLevel=T3").json())
                .allSatisfy(view -> assertThat(view.get("technician").get("level").asText()).isEqualTo("T3"));
        assertThat(staff.get("/api/views/capacity?date=2026-11-27").json()).hasSize(15);
        JsonNode advice = staff.get("/api/advice/transfer?store=SZ&part=HL-FL&quantity=1").json();
        assertThat(advice.get("options")).isNotEmpty();
        assertThat(staff.get("/api/advice/technician?store=SZ&skill=HV_SYSTEM&minLevel=T2"
                + "&from=2026-11-29T09:00:00%2B08:00&to=2026-11-29T12:00:00%2B08:00").status()).isEqualTo(200);
        assertThat(staff.get("/api/advice/receiving?store=SZ&skill=BODY_PAINT&date=2026-11-27").status())
                .isEqualTo(200);
    }

    @Test
    void adviceFollowsTheLiveStock() {
        setFree("ZQ", "BMP-R", 0);
        JsonNode advice = as("sz").get("/api/advice/transfer?store=SZ&part=BMP-R&quantity=1&limit=100").json();
        assertThat(advice.get("options")).noneMatch(option -> option.get("source").asText().equals("ZQ"));
        setFree("ZQ", "BMP-R", 40);
        JsonNode after = as("sz").get("/api/advice/transfer?store=SZ&part=BMP-R&quantity=1&limit=100").json();
        assertThat(after.get("options")).anyMatch(option -> option.get("source").asText().equals("ZQ"));
    }

    // ---- reports ----

    @Test
    void reportsKpisRankingForecastAndDashboardAnswer() {
        ApiClient hq = as("hq");
        assertThat(hq.get("/api/reports/weekly").json().has("transfers")).isTrue();
        assertThat(hq.get("/api/reports/weekly?week=2026-W99").status()).isEqualTo(422);
        assertThat(hq.get("/api/kpis").json().get("stores")).hasSize(15);
        assertThat(as("sz").get("/api/kpis").json().get("stores")).hasSize(1);
        assertThat(as("sz").get("/api/kpis?store=GZ").status()).isEqualTo(403);
        assertThat(hq.get("/api/ranking").status()).isEqualTo(200);
        assertThat(hq.get("/api/forecast").json().has("warnings")).isTrue();
        Response dashboard = hq.get("/api/dashboard");
        assertThat(dashboard.header("Content-Type")).startsWith("text/html");
        assertThat(dashboard.text()).contains("<svg");
    }

    // ---- live changes ----

    @Test
    void changesListEveryActionInOrderAndHideOtherStoresRecords() {
        long since = as("hq").get("/api/changes?limit=1").json().get("applied").asLong();
        setFree("XM", "FENDER-FL", 3);
        String id = as("nn").post("/api/transfers", transfer("XM", "NN", "FENDER-FL", 1)).json().get("id").asText();
        JsonNode all = as("hq").get("/api/changes?since=" + since).json().get("events");
        assertThat(all).extracting(event -> event.get("type").asText()).contains("transfer.requested");
        long previous = 0;
        for (JsonNode event : all) {
            assertThat(event.get("seq").asLong()).isGreaterThan(previous);
            previous = event.get("seq").asLong();
        }
        JsonNode outsider = as("sz").get("/api/changes?since=" + since).json().get("events");
        assertThat(outsider).noneMatch(event -> event.has("record")
                && event.get("record").get("id").asText().equals(id));
        JsonNode insider = as("xm").get("/api/changes?since=" + since).json().get("events");
        assertThat(insider).anyMatch(event -> event.has("record")
                && event.get("record").get("id").asText().equals(id));
    }

    // ---- plans ----

    @Test
    void plansRunAsJobsAndActOnlyWhenHqApprovesThem() {
        ApiClient hq = as("hq");
        Response queued = hq.post("/api/plans", Map.of("kind", "REBALANCE"));
        assertThat(queued.status()).isEqualTo(202);
        String rebalance = queued.json().get("id").asText();
        JsonNode solved = awaitPlan(hq, rebalance);
        assertThat(solved.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(solved.get("summary").get("valid").asBoolean()).isTrue();
        assertThat(solved.get("plan").get("moves")).isNotEmpty();
        long before = hq.get("/api/records?limit=500").json().size();
        assertThat(before).as("nothing acts before approval").isEqualTo(
                hq.get("/api/records?limit=500").json().size());
        Response approved = hq.post("/api/plans/" + rebalance + "/approve", "");
        assertThat(approved.status()).isEqualTo(200);
        JsonNode records = approved.json().get("records");
        assertThat(records.size() + approved.json().get("skipped").size())
                .isEqualTo(solved.get("summary").get("moves").asInt());
        JsonNode first = hq.get("/api/records/" + records.get(0).asText()).json();
        assertThat(first.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(first.get("planId").asText()).isEqualTo(rebalance);
        assertThat(hq.post("/api/plans/" + rebalance + "/approve", "").status()).isEqualTo(409);

        String divert = hq.post("/api/plans", Map.of("kind", "DIVERT", "timeLimitSeconds", 1, "sampleSize", 30))
                .json().get("id").asText();
        assertThat(awaitPlan(hq, divert).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(hq.post("/api/plans/" + divert + "/reject", "").json().get("status").asText())
                .isEqualTo("REJECTED");

        String dispatch = hq.post("/api/plans", Map.of("kind", "DISPATCH", "timeLimitSeconds", 60)).json()
                .get("id").asText();
        Response cancelled = hq.post("/api/plans/" + dispatch + "/cancel", "");
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(hq.post("/api/plans/" + dispatch + "/approve", "").status()).isEqualTo(409);
        assertThat(hq.get("/api/plans").json()).extracting(plan -> plan.get("id").asText())
                .contains(rebalance, divert, dispatch);
    }

    @Test
    void planRequestsAreCheckedBeforeTheyAreQueued() {
        Response response = as("hq").post("/api/plans", Map.of("kind", "DISPATCH", "requests",
                List.of(Map.of("id", "R1", "store", "NOWHERE", "skill", "HV_SYSTEM"))));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors")).isNotEmpty();
        assertThat(as("hq").post("/api/plans", Map.of("kind", "SOMETHING")).status()).isEqualTo(422);
    }

    private static JsonNode awaitPlan(ApiClient hq, String id) {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode plan = hq.get("/api/plans/" + id).json();
            String status = plan.get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return plan;
            }
            sleep(100);
        }
        throw new AssertionError("plan " + id + " did not finish");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- users ----

    @Test
    void hqCreatesUsersAndOnlyHq() {
        Response created = as("hq").post("/api/users", Map.of("username", "sz-night", "password", "a-long-secret",
                "role", "STORE", "store", "SZ"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(ApiClient.login(port, "sz-night", "a-long-secret").get("/api/me").json().get("store").asText())
                .isEqualTo("SZ");
        assertThat(as("hq").post("/api/users", Map.of("username", "sz-night", "password", "a-long-secret",
                "role", "STORE", "store", "SZ")).status()).isEqualTo(409);
        assertThat(as("sz").post("/api/users", Map.of("username", "mine", "password", "a-long-secret",
                "role", "HQ")).status()).isEqualTo(403);
        Response invalid = as("hq").post("/api/users", Map.of("username", "X", "password", "short", "role",
                "STORE"));
        assertThat(invalid.json().get("errors")).extracting(error -> error.get("field").asText())
                .contains("/username", "/password", "/store");
    }

    @Test
    void openApiDocumentIsServed() {
        Response openapi = anonymous().get("/openapi.json");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().get("openapi").asText()).startsWith("3.");
        List<String> documented = new java.util.ArrayList<>();
        openapi.json().get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT) + " "
                        + path.getKey())));
        assertThat(documented).as("the OpenAPI document describes exactly the routes served")
                .containsExactlyInAnyOrderElementsOf(service.routes());
    }
}
