package dev.tandem.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Comparator;

import dev.tandem.deadstock.DeadStockItem;
import dev.tandem.deadstock.DeadStockReport;
import dev.tandem.deadstock.DeadStockRule;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.io.csv.BookingHistoryCsv;
import dev.tandem.io.history.BookingHistoryJson;
import dev.tandem.io.snapshot.SnapshotJson;
import dev.tandem.match.LiveNetwork;
import dev.tandem.match.MatchSettings;
import dev.tandem.match.TransferAdvice;
import dev.tandem.match.TransferAdvisor;
import dev.tandem.match.TransferOption;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.HistoryGenerator;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.travel.HaversineTravel;

class TandemCliTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run tandem(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = TandemCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path sampleFile() throws IOException {
        Path file = dir.resolve("south-china.json");
        SnapshotJson.write(SampleNetworks.southChina(), file);
        return file;
    }

    @Test
    void validateSummarisesAValidSnapshotInOneLine() throws IOException {
        Run run = tandem("validate", sampleFile().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).singleElement().asString()
                .contains("is valid: 15 stores, 60 technicians, 50 parts, 538 stock rows, 105 capacity days");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateListsEveryProblemWithoutAStackTrace() throws IOException {
        String json = Files.readString(sampleFile())
                .replace("\"onHand\": 2,", "\"onHand\": -3,")
                .replaceFirst("\"store\": \"SZ\", \"level\"", "\"store\": \"XX\", \"level\"");
        Path bad = Files.writeString(dir.resolve("bad.json"), json, StandardCharsets.UTF_8);

        Run run = tandem("validate", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".onHand: -3 is negative", ".store: unknown store \"XX\"")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validateListsTheFirstProblemsThenHowManyMore() throws IOException {
        String json = Files.readString(sampleFile()).replaceAll("\"onHand\": \\d+,", "\"onHand\": -1,");
        Path bad = Files.writeString(dir.resolve("bad.json"), json, StandardCharsets.UTF_8);

        Run run = tandem("validate", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isLessThanOrEqualTo(52);
        assertThat(run.err()).containsPattern("has (\\d+) problems:\n").containsPattern("\n  \\.\\.\\. and \\d+ more");
        int problems = Integer.parseInt(run.err().replaceAll("(?s).*has (\\d+) problems:.*", "$1"));
        assertThat(run.err()).contains("... and " + (problems - 50) + " more");
    }

    @Test
    void validateReportsAMissingFileAndAFileThatIsNotJson() throws IOException {
        Run missing = tandem("validate", dir.resolve("nope.json").toString());
        Path text = Files.writeString(dir.resolve("notes.txt"), "stores: SZ, GZ");
        Run notJson = tandem("validate", text.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.json: no such file").doesNotContain("Exception");
        assertThat(notJson.exitCode()).isEqualTo(2);
        assertThat(notJson.err()).contains("$: is not valid JSON at line 1").doesNotContain("\tat ");
    }

    @Test
    void showTechniciansFiltersBySkillLevelAndDrive() throws IOException {
        Run run = tandem("show", "technicians", sampleFile().toString(), "--skill", "HV_SYSTEM", "--level", "T3",
                "--from", "SZ");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Wang Qiang", "Drive").doesNotContain("Li Na");
    }

    @Test
    void showStockPrintsThePlaybookTable() throws IOException {
        Run run = tandem("show", "stock", sampleFile().toString(), "--part", "WIPER", "--store", "SZ", "--store", "GZ",
                "--store", "DG", "--store", "FS", "--piles", "0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("WIPER"))).singleElement().asString()
                .containsPattern("WIPER\\s+Wiper blade\\s+12\\s+3\\s+7\\s+15\\s+\\d+");
    }

    @Test
    void showCapacityColoursTheDay() throws IOException {
        Run run = tandem("show", "capacity", sampleFile().toString(), "--date", "2026-11-27");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Shenzhen Futian (SZ)", "107%", "OVERLOADED (red)", "IDLE (green)");
    }

    @Test
    void unknownStoreAndBadDateAreUserMistakes() throws IOException {
        Run unknownStore = tandem("show", "capacity", sampleFile().toString(), "--store", "XX");
        Run badDate = tandem("show", "capacity", sampleFile().toString(), "--date", "2026-13-01");
        Run dateOutside = tandem("show", "capacity", sampleFile().toString(), "--date", "2027-01-01");

        assertThat(unknownStore.exitCode()).isEqualTo(2);
        assertThat(unknownStore.err()).contains("unknown store \"XX\"; did you mean \"XM\"? The stores are SZ, GZ");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("2026-13-01").doesNotContain("\tat ");
        assertThat(dateOutside.exitCode()).isEqualTo(2);
        assertThat(dateOutside.err()).contains("no capacity on 2027-01-01");
    }

    @Test
    void generateWritesAValidSnapshotTheSameForTheSameSeed() throws IOException {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");

        Run run = tandem("generate", "--stores", "20", "--parts", "300", "--technicians", "60", "--seed", "42",
                "--out", first.toString());
        tandem("generate", "--stores", "20", "--parts", "300", "--technicians", "60", "--seed", "42",
                "--out", second.toString());

        assertThat(run.exitCode()).isZero();
        NetworkSnapshot generated = SnapshotJson.read(first);
        assertThat(generated.storeCount()).isEqualTo(20);
        assertThat(generated.technicianCount()).isEqualTo(60);
        assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
        assertThat(tandem("validate", first.toString()).exitCode()).isZero();
    }

    @Test
    void generateRejectsAnEmptyNetworkAsAUsageError() {
        Run run = tandem("generate", "--stores", "0", "--out", dir.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("stores (0) must be 1 or more").doesNotContain("\tat ");
    }

    @Test
    void importsThePlaybookSpreadsheets() throws IOException {
        Path csv = Path.of("src/main/resources/csv");
        Path out = dir.resolve("imported.json");

        Run run = tandem("import", "--stores", csv.resolve("stores.csv").toString(),
                "--parts", csv.resolve("parts.csv").toString(),
                "--technicians", csv.resolve("technicians.csv").toString(),
                "--stock", csv.resolve("stock-wide.csv").toString(),
                "--capacity", csv.resolve("capacity.csv").toString(),
                "--as-of", "2026-11-27T09:00+08:00", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        NetworkSnapshot imported = SnapshotJson.read(out);
        assertThat(imported.storeCount()).isEqualTo(4);
        assertThat(imported.technicians()).extracting(t -> t.name()).contains("张伟", "李娜", "王强");
        assertThat(tandem("show", "capacity", out.toString()).out()).contains("107%", "OVERLOADED (red)");
    }

    @Test
    void importReportsEveryCsvProblemWithItsLine() throws IOException {
        Path stores = Files.writeString(dir.resolve("stores.csv"),
                "id,name,region,lat,lon,dailyCapacity\nSZ,深圳店,PRD,22.5,114.0,30\nGZ,广州店,PRD,95,113.2,0\n");
        Path capacity = Files.writeString(dir.resolve("capacity.csv"), "门店,日产能,今日预约\n深圳店,30,-2\n");

        Run run = tandem("import", "--stores", stores.toString(), "--capacity", capacity.toString(), "--as-of",
                "2026-11-27T09:00+08:00", "--out", dir.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("The CSV import (stores.csv, capacity.csv) has ")
                .contains("stores.csv:3", "capacity.csv:2").doesNotContain("\tat ", "The snapshot");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void importSetsTheTravelModelAndChecksItsRange() throws IOException {
        Path csv = Path.of("src/main/resources/csv");
        Path out = dir.resolve("imported.json");

        Run run = tandem("import", "--stores", csv.resolve("stores.csv").toString(), "--as-of",
                "2026-11-27T09:00+08:00", "--speed-kmh", "60", "--road-factor", "1.2", "--out", out.toString());
        Run defaults = tandem("import", "--stores", csv.resolve("stores.csv").toString(), "--as-of",
                "2026-11-27T09:00+08:00", "--out", dir.resolve("default.json").toString());
        Run tooFast = tandem("import", "--stores", csv.resolve("stores.csv").toString(), "--as-of",
                "2026-11-27T09:00+08:00", "--speed-kmh", "0", "--out", dir.resolve("x.json").toString());
        Run tooShort = tandem("import", "--stores", csv.resolve("stores.csv").toString(), "--as-of",
                "2026-11-27T09:00+08:00", "--road-factor", "0.8", "--out", dir.resolve("x.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("drives at 60 km/h on roads 1.2 times the straight line");
        assertThat(SnapshotJson.read(out).travel()).isEqualTo(new HaversineTravel(1.2, 60));
        assertThat(SnapshotJson.read(dir.resolve("default.json")).travel()).isEqualTo(HaversineTravel.DEFAULT);
        assertThat(tooFast.exitCode()).isEqualTo(2);
        assertThat(tooFast.err()).contains("--speed-kmh 0 is not a driving speed from 1 to 300 km/h");
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("--road-factor 0.8 is not a ratio");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void adviseRanksTransferSourcesWithReasons() throws IOException {
        Run run = tandem("advise", sampleFile().toString(), "--store", "SZ", "--part", "HL-FL", "--quantity", "2",
                "--promise", "2h");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("2 x HL-FL for SZ within 2 h:").contains("1. ", "spare above safety stock",
                "freight");
    }

    @Test
    void adviseSaysWhenASourceCanSendOnlyPartOfTheQuantity() throws IOException {
        NetworkSnapshot network = SampleNetworks.southChina();
        TransferAdvisor advisor = TransferAdvisor.indexed(LiveNetwork.of(network), MatchSettings.DEFAULT);
        int quantity = 3;
        TransferOption partial = null;
        String part = null;
        for (var candidate : network.parts()) {
            TransferAdvice advice = advisor.advise(new TransferRequest(StoreId.of("SZ"), candidate.number(), quantity,
                    java.time.Duration.ofHours(2), 5));
            var found = advice.options().stream().filter(option -> option.quantity() < quantity).findFirst();
            if (found.isPresent()) {
                partial = found.get();
                part = candidate.number().value();
                break;
            }
        }
        assertThat(partial).as("a part some source can send only part of").isNotNull();

        Run run = tandem("advise", sampleFile().toString(), "--store", "SZ", "--part", part, "--quantity", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(partial.source().id() + " sends " + partial.quantity() + " of 3 (partial)");
    }

    @Test
    void adviseFindsTechniciansAndReceivingStoresAsJson() throws IOException {
        Run technicians = tandem("advise", sampleFile().toString(), "--store", "SZ", "--skill", "HV_SYSTEM",
                "--level", "T3", "--date", "2026-11-30", "--json");
        Run stores = tandem("advise", sampleFile().toString(), "--store", "SZ", "--skill", "BODY_PAINT",
                "--job-hours", "3", "--max-drive", "3h", "--json");

        assertThat(technicians.exitCode()).as(technicians.err()).isZero();
        NetworkSnapshot sample = SampleNetworks.southChina();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(technicians.out());
        assertThat(tree.get("options")).isNotEmpty().allSatisfy(option -> {
            assertThat(option.get("level").asText()).isEqualTo("T3");
            assertThat(option.get("store").asText()).isNotEqualTo("SZ");
        });
        var storesTree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stores.out());
        assertThat(storesTree.get("options")).isNotEmpty().allSatisfy(option ->
                assertThat(sample.findStore(dev.tandem.model.StoreId.of(option.get("store").asText()))).isPresent());
    }

    @Test
    void adviseRejectsContradictoryOptionsAndBadDurations() throws IOException {
        Run both = tandem("advise", sampleFile().toString(), "--store", "SZ", "--part", "HL-FL", "--skill", "ADAS");
        Run badPromise = tandem("advise", sampleFile().toString(), "--store", "SZ", "--part", "HL-FL", "--promise",
                "soon");

        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--part cannot be combined with --skill");
        assertThat(badPromise.exitCode()).isEqualTo(2);
        assertThat(badPromise.err()).contains("'soon' is not a duration").doesNotContain("\tat ");
    }

    @Test
    void rebalancePrintsASummaryAndWritesAValidPlan() throws IOException {
        Path plan = dir.resolve("plan.json");

        Run run = tandem("rebalance", sampleFile().toString(), "--horizon-days", "14", "--out", plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("moves", "dead stock revived", "validation", "valid", "Most valuable moves:");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plan.toFile());
        assertThat(tree.get("validation").get("valid").asBoolean()).isTrue();
        assertThat(tree.get("summary").get("moves").asInt()).isEqualTo(tree.get("moves").size()).isPositive();
    }

    @Test
    void rebalanceRejectsAnUnknownSolver() throws IOException {
        Run run = tandem("rebalance", sampleFile().toString(), "--solver", "magic");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown solver 'magic'; the solvers are").contains("greedy");
    }

    @Test
    void dispatchAssignsGeneratedRequestsAndWritesAValidPlan() throws IOException {
        Path network = dir.resolve("net.json");
        Path requests = dir.resolve("requests.json");
        Path plan = dir.resolve("dispatch.json");
        assertThat(tandem("generate", "--stores", "30", "--parts", "50", "--technicians", "150", "--seed", "3",
                "--out", network.toString(), "--requests", "40", "--requests-out", requests.toString()).exitCode())
                .isZero();

        Run run = tandem("dispatch", network.toString(), requests.toString(), "--solver", "greedy", "--out",
                plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("greedy: ", "of 40 requests assigned, 0 hard violations", "plan valid");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plan.toFile());
        assertThat(tree.get("validation").get("valid").asBoolean()).isTrue();
        assertThat(tree.get("summary").get("assigned").asInt() + tree.get("summary").get("unassigned").asInt())
                .isEqualTo(40);
    }

    @Test
    void dispatchReportsBadRequestsWithTheirPlace() throws IOException {
        Path requests = Files.writeString(dir.resolve("requests.json"), "{\"formatVersion\": 1, \"requests\": "
                + "[{\"id\": \"R1\", \"store\": \"XX\", \"skill\": \"ADAS\", \"minimumLevel\": \"T2\", "
                + "\"earliest\": \"2026-12-01\", \"latest\": \"2026-11-30\", \"hours\": 3, \"priority\": 3}]}");

        Run run = tandem("dispatch", sampleFile().toString(), requests.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("requests[0].store: unknown store \"XX\"",
                "requests[0].latest: 2026-11-30 is before earliest (2026-12-01)").doesNotContain("\tat ");
    }

    @Test
    void divertOffersGeneratedJobsAndWritesAValidPlan() throws IOException {
        Path network = dir.resolve("net.json");
        Path jobs = dir.resolve("jobs.json");
        Path plan = dir.resolve("divert.json");
        assertThat(tandem("generate", "--stores", "40", "--parts", "20", "--technicians", "200", "--seed", "3",
                "--out", network.toString(), "--jobs", "500", "--jobs-out", jobs.toString(), "--surge", "1.4")
                .exitCode()).isZero();

        Run run = tandem("divert", network.toString(), jobs.toString(), "--solver", "greedy", "--out",
                plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("greedy: ", "offers to customers of overloaded stores", "plan valid",
                "bay-hours free, saves an expected");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(plan.toFile());
        assertThat(tree.get("validation").get("valid").asBoolean()).isTrue();
        assertThat(tree.get("summary").get("offers").asInt()).isPositive().isEqualTo(tree.get("offers").size());
        assertThat(tree.get("offers").get(0).get("reason").asText()).contains("min away");
    }

    @Test
    void divertReportsBadJobsWithTheirPlace() throws IOException {
        Path jobs = Files.writeString(dir.resolve("jobs.json"), "{\"formatVersion\": 1, \"jobs\": "
                + "[{\"id\": \"J1\", \"store\": \"SZ\", \"durationHours\": -1, \"skill\": \"ADAS\"}]}");

        Run run = tandem("divert", sampleFile().toString(), jobs.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("jobs[0].durationHours: -1 is negative").doesNotContain("\tat ");
        assertThat(tandem("divert", sampleFile().toString(), dir.resolve("none.json").toString()).err())
                .contains("no such file");
    }

    @Test
    void demoShowsTheThreeViewsThenSimulatesBothPoliciesAndEveryLever() throws IOException {
        Path html = dir.resolve("dashboard.html");
        Path calibration = Files.writeString(dir.resolve("fit.json"), """
                {"formatVersion": 1, "parameters": {"stockDepth": 0.5, "jobHoursScale": 0.9, "morningShare": 0.0,
                 "appointmentShare": 1.0, "repairSpread": 0.0, "loadSpread": 1.0}}
                """);
        Run run = tandem("demo", "--weeks", "2", "--seeds", "2", "--calibration", calibration.toString(), "--html",
                html.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1. Capacity monitor", "2. Technician capability map",
                "3. Shared stock table", "Wang Qiang", "107%", "4. Who can help right now?", "Booked: ",
                "Shenzhen Futian is at 107 % today", "5. Network stock rebalancing", "plan valid",
                "6. Technician support dispatch");
        assertThat(run.out()).contains("7. Isolated stores or one network: 2 weeks simulated", "seeds [1, 2]",
                "Model parameters from " + calibration, "| part fill rate (on shelf or within 2 h) |",
                "| technician utilization |", "effect, 95 % interval", "rebalance: or-tools", "Long waits: ",
                "Each lever measured", "| transfers alone |", "| all but diversion |", "| all |",
                "Fewest long waits with: ", "# Weekly collaboration report", "wrote " + html)
                .doesNotContain("→", "82 % → 96 %");
        assertThat(html).content().contains("<svg", "Utilization by store and day", "Contribution ranking");
    }

    @Test
    void aUsersNetworkIsCalibratedToItsOwnFiguresThenSimulatedWithoutTheTour() {
        Path file = dir.resolve("net.json");
        assertThat(tandem("generate", "--stores", "4", "--parts", "10", "--technicians", "14", "--out",
                file.toString()).exitCode()).isZero();
        Path fit = dir.resolve("fit.json");

        Run calibrate = tandem("calibrate", file.toString(), "--fill-rate", "0.9", "--long-waits", "0.3",
                "--utilization", "0.6", "--out", fit.toString());
        Run demo = tandem("demo", "--network", file.toString(), "--weeks", "1", "--seeds", "1", "--seed", "7",
                "--calibration", fit.toString(), "--html", dir.resolve("dashboard.html").toString());
        Run badFile = tandem("demo", "--network", file.toString(), "--calibration", file.toString());
        Run badTarget = tandem("calibrate", file.toString(), "--fill-rate", "1.5", "--out", fit.toString());

        assertThat(calibrate.exitCode()).as(calibrate.err()).isZero();
        assertThat(calibrate.out()).contains("| part fill rate | 90.0 % |", "| customers facing a wait over ", "| 30.0 % |",
                "residual", "Fitted in", "wrote ");
        assertThat(fit).content().contains("\"parameters\"", "\"stockDepth\"", "\"residual\"");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).doesNotContain("1. Capacity monitor").contains("1 weeks, 4 stores, seeds [7]",
                "one run: no interval");
        assertThat(badFile.exitCode()).isEqualTo(TandemCli.BAD_INPUT);
        assertThat(badFile.err()).contains("has no parameters object").doesNotContain("Exception");
        assertThat(badTarget.exitCode()).isEqualTo(TandemCli.BAD_INPUT);
        assertThat(badTarget.err()).contains("--fill-rate: 1.5");
    }

    @Test
    void adviseWeighsEveryRemedyForAStuckCustomer() throws IOException {
        Run expert = tandem("advise", sampleFile().toString(), "--store", "SZ", "--customer", "--skill", "ADAS",
                "--level", "T3", "--job-hours", "3");
        Run queue = tandem("advise", sampleFile().toString(), "--store", "FS", "--customer", "--job-hours", "3",
                "--wait", "6h");
        Run nobodyNear = tandem("advise", sampleFile().toString(), "--store", "SZ", "--customer", "--job-hours", "3",
                "--wait", "6h");

        assertThat(expert.exitCode()).as(expert.err()).isZero();
        assertThat(expert.out()).contains("A customer stuck at SZ", "1. ", "escalate to the factory",
                "expected cost");
        assertThat(queue.exitCode()).as(queue.err()).isZero();
        assertThat(queue.out()).contains("Pick divert to Guangzhou", "if declined: wait",
                "wait here: served in 6 h 0 min, 22 % lost");
        assertThat(nobodyNear.out()).as("no store within an hour of Shenzhen").contains("Only option: wait here");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--weeks 0", "--weeks 261", "--seeds 0", "--seeds 21"})
    void demoRefusesNonsenseWithExitTwo(String option) {
        String[] args = ("demo " + option).split(" ");

        Run run = tandem(args);

        assertThat(run.exitCode()).isEqualTo(TandemCli.BAD_INPUT);
        assertThat(run.err()).contains(option.split(" ")[0] + ": " + option.split(" ")[1])
                .doesNotContain("\tat ");
    }

    @Test
    void forecastPrintsTheWeekWarningsAndTheErrorOfBothMethods() throws IOException {
        Path history = historyFile("history.csv");

        Run run = tandem("forecast", sampleFile().toString(), history.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Capacity forecast (holt-winters) for 2026-11-27 to 2026-12-03, from history "
                + "to 2026-11-26", "SZ Shenzhen Futian", "Fri 11-27", "Overload warnings (utilization >= 100%): ",
                "SZ Shenzhen Futian: ", "Backtest: the last 2 weeks of history held back, 210 store-days scored");
        assertThat(run.out()).containsPattern("holt-winters +\\d+\\.\\d%")
                .containsPattern("seasonal-naive +\\d+\\.\\d%");
    }

    @Test
    void forecastAsJsonHasBothScoresAndEveryStore() throws IOException {
        Path history = historyFile("history.json");

        Run run = tandem("forecast", sampleFile().toString(), history.toString(), "--days", "3", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"method\" : \"holt-winters\"", "\"method\" : \"seasonal-naive\"",
                "\"daysScored\" : 210", "\"date\" : \"2026-11-29\"").doesNotContain("\"date\" : \"2026-11-30\"");
        assertThat(run.out().split("\"name\" : ", -1)).hasSize(16);
    }

    @Test
    void forecastReportsABadHistoryAtItsLineAndBadOptionsAsUsageErrors() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "store,date,capacity,booked\nSZ,2026-11-20,30,x\n"
                + "XX,2026-11-21,30,3\n", StandardCharsets.UTF_8);

        Run badHistory = tandem("forecast", sampleFile().toString(), bad.toString());
        Run badDays = tandem("forecast", sampleFile().toString(), bad.toString(), "--days", "0");
        Run missing = tandem("forecast", sampleFile().toString(), dir.resolve("none.json").toString());

        assertThat(badHistory.exitCode()).isEqualTo(2);
        assertThat(badHistory.err()).contains("The booking history (bad.csv) has 2 problems:",
                "bad.csv:2 booked: \"x\" is not a whole number", "bad.csv:3 store: unknown store \"XX\"")
                .doesNotContain("\tat ");
        assertThat(badDays.exitCode()).isEqualTo(2);
        assertThat(badDays.err()).startsWith("tandem forecast: The days to forecast (0) must be from 1 to 28.");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("none.json: no such file");
    }

    @Test
    void deadstockListsStoresPartsValuesAndWhereTheyCanGo() throws IOException {
        Run run = tandem("deadstock", sampleFile().toString(), "--solver", "greedy");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Dead stock on 2026-11-27: no movement for 90 days or more, or cover beyond "
                + "180 days", "Value (CNY)", "total", "The most valuable items and where they can go:", "no movement for ",
                "Rebalancing (greedy): ", "plan valid");
        assertThat(run.out()).containsPattern("(?m)^total +\\d+ +\\d+ +\\d+\\.\\d\\d$");
    }

    @Test
    void deadstockTopKeepsTheMostValuableItemsOfTheWholeNetwork() throws IOException {
        NetworkSnapshot network = SampleNetworks.southChina();
        List<DeadStockItem> items = DeadStockReport.of(network, DeadStockRule.DEFAULT).items();
        List<String> mostValuable = items.stream()
                .sorted(Comparator.comparing(DeadStockItem::value).reversed()).limit(3)
                .map(item -> item.store() + " " + item.part().number()).toList();
        List<String> firstStores = items.stream().limit(3).map(item -> item.store() + " " + item.part().number())
                .toList();
        assertThat(mostValuable).as("the sample tells the two apart").isNotEqualTo(firstStores);

        Run run = tandem("deadstock", sampleFile().toString(), "--solver", "greedy", "--top", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        int header = lines.indexOf("The most valuable items and where they can go:");
        assertThat(header).isPositive();
        List<String> shown = lines.subList(header + 3, header + 6).stream()
                .map(line -> String.join(" ", List.of(line.split(" +")).subList(0, 2))).toList();
        assertThat(shown).isEqualTo(mostValuable);
        assertThat(lines.get(header + 6)).startsWith("...").contains((items.size() - 3) + " more");
    }

    @Test
    void deadstockAsJsonIsAValidPlanAndTheDaysOptionChangesTheRule() throws IOException {
        Run strict = tandem("deadstock", sampleFile().toString(), "--days", "90", "--json", "--solver", "greedy");
        Run lenient = tandem("deadstock", sampleFile().toString(), "--days", "400", "--cover-days", "10000",
                "--json", "--solver", "greedy");
        Run nonsense = tandem("deadstock", sampleFile().toString(), "--days", "0");

        assertThat(strict.exitCode()).isZero();
        assertThat(strict.out()).contains("\"idleDays\" : 90", "\"valid\" : true", "\"destinations\" : [ {");
        // nothing lies 400 days untouched: only stock without any demand is left, dead for its infinite cover
        assertThat(lenient.out()).contains("\"idleDays\" : 400", "\"reason\" : \"no demand\"")
                .doesNotContain("no movement for");
        assertThat(strict.out()).contains("\"reason\" : \"no movement for ");
        assertThat(nonsense.exitCode()).isEqualTo(2);
        assertThat(nonsense.err()).contains("The idleDays (0) must be 1 or more.");
    }

    @Test
    void dashboardWritesOneSelfContainedHtmlFile() throws IOException {
        Path html = dir.resolve("dashboard.html");

        Run run = tandem("dashboard", sampleFile().toString(), "--history", historyFile("h.json").toString(),
                "--solver", "greedy", "--html", html.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("wrote " + html + ": 15 stores, 21 days, ");
        assertThat(Files.readString(html)).contains("<svg id=\"heatmap\"", "<svg id=\"transfers\"",
                "<svg id=\"ranking\"", "<table id=\"breaches\"").doesNotContain("<script", "http:", "https:");
    }

    @Test
    void generateWritesAHistoryForTheForecast() throws IOException {
        Path network = dir.resolve("net.json");
        Path history = dir.resolve("net-history.csv");

        Run run = tandem("generate", "--stores", "6", "--parts", "40", "--technicians", "10", "--seed", "3",
                "--out", network.toString(), "--history-out", history.toString(), "--history-weeks", "4");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("wrote " + history + ": 4 weeks of bookings of 6 stores");
        assertThat(Files.readAllLines(history)).hasSize(1 + 6 * 28).first().isEqualTo("store,date,capacity,booked");
        assertThat(tandem("forecast", network.toString(), history.toString()).exitCode()).isZero();
    }

    private Path historyFile(String name) throws IOException {
        BookingHistory history = HistoryGenerator.generate(SampleNetworks.southChina(), 12, 1);
        String text = name.endsWith(".csv") ? BookingHistoryCsv.toCsv(history) : BookingHistoryJson.toJson(history);
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "show", "show technicians", "show stock", "show capacity", "generate", "import",
            "advise", "rebalance", "dispatch", "divert", "report", "forecast", "deadstock", "dashboard", "demo",
            "calibrate", "sample", "serve"})
    void everyCommandHasHelp(String command) {
        String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");

        Run run = tandem(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: tandem");
    }

    private Path generatedNetworkWithLedger() {
        Run run = tandem("generate", "--stores", "15", "--parts", "40", "--technicians", "60", "--seed", "3",
                "--out", dir.resolve("network.json").toString(), "--ledger-out", dir.resolve("ledger.jsonl").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ledger.jsonl: ", " ledger events over 4 weeks");
        return dir.resolve("ledger.jsonl");
    }

    @Test
    void reportWritesTheWeeklyReportOfAGeneratedLedger() {
        Path ledger = generatedNetworkWithLedger();

        Run run = tandem("report", ledger.toString(), dir.resolve("network.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# Weekly collaboration report 2026-W48 (2026-11-23 to 2026-11-29)")
                .contains("## Transfers", "## Technician support", "## Customer diversion", "## Value created this week",
                        "## Contribution by store", "## Service level");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportWritesTheWeeksDashboardWithTheLedgersRows() throws IOException {
        Path ledger = generatedNetworkWithLedger();
        Path html = dir.resolve("week.html");

        Run run = tandem("report", ledger.toString(), dir.resolve("network.json").toString(), "--week", "2026-W47",
                "--html", html.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote " + html + ": the dashboard of 2026-W47");
        String page = Files.readString(html);
        assertThat(page).contains("Collaboration in 2026-W47", "Transfers between stores", "Contribution ranking",
                "<svg").doesNotContain("No transfers");
    }

    @Test
    void reportWritesJsonForAChosenWeek() {
        Path ledger = generatedNetworkWithLedger();

        Run run = tandem("report", ledger.toString(), dir.resolve("network.json").toString(), "--week", "2026-W46",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"week\" : \"2026-W46\"", "\"valueCreated\" : ");
    }

    @Test
    void reportNamesTheLedgerLineOfABadEventWithoutAStackTrace() throws IOException {
        Path ledger = generatedNetworkWithLedger();
        List<String> lines = new ArrayList<>(Files.readAllLines(ledger));
        lines.set(1, lines.get(1).replaceFirst("\"at\":\"[^\"]*\"", "\"at\":\"yesterday\""));
        Files.write(ledger, lines);

        Run run = tandem("report", ledger.toString(), dir.resolve("network.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("The event log (ledger.jsonl) has 1 problem:",
                "ledger.jsonl:2 at: \"yesterday\" is not an ISO-8601 date-time with offset")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void reportNamesTheLineOfAnEventThatDoesNotFitTheLedger() throws IOException {
        Path ledger = generatedNetworkWithLedger();
        String first = Files.readAllLines(ledger).get(0);
        String id = first.replaceFirst(".*\"id\":\"([^\"]*)\".*", "$1");
        Files.writeString(ledger, first + "\n{\"event\":\"settled\",\"at\":\"2026-11-30T10:00:00+08:00\",\"id\":\""
                + id + "\",\"paid\":50}\n");

        Run run = tandem("report", ledger.toString(), dir.resolve("network.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ledger.jsonl:2: The request (" + id + ", ")
                .contains("is REQUESTED and cannot become SETTLED.").doesNotContain("\tat ");
    }

    @Test
    void reportWarnsOfALastLineCutShortAndReportsWhatCameBefore() throws IOException {
        Path ledger = generatedNetworkWithLedger();
        Files.writeString(ledger, "{\"event\":\"acc", StandardOpenOption.APPEND);
        int whole = Files.readAllLines(ledger).size() - 1;

        Run run = tandem("report", ledger.toString(), dir.resolve("network.json").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("tandem: warning: ledger.jsonl:" + (whole + 1)
                + ": the last line is cut short").contains("the " + whole + " events before it were read");
        assertThat(run.out()).contains("# Weekly collaboration report");
    }

    @Test
    void reportRejectsAWeekThatIsNotAnIsoWeek() {
        Path ledger = generatedNetworkWithLedger();

        Run run = tandem("report", ledger.toString(), dir.resolve("network.json").toString(), "--week", "48");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--week: \"48\" is not an ISO week such as 2026-W48.");
    }

    @Test
    void reportSaysWhenTheLedgerFileIsMissing() throws IOException {
        Run run = tandem("report", dir.resolve("none.jsonl").toString(), sampleFile().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.jsonl: no such file").doesNotContain("Exception");
    }
}
