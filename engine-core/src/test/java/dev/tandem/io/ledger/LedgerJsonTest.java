package dev.tandem.io.ledger;

import static dev.tandem.ledger.LedgerFixtures.GZ;
import static dev.tandem.ledger.LedgerFixtures.SZ;
import static dev.tandem.ledger.LedgerFixtures.accepted;
import static dev.tandem.ledger.LedgerFixtures.completed;
import static dev.tandem.ledger.LedgerFixtures.deliveredTransfer;
import static dev.tandem.ledger.LedgerFixtures.diversion;
import static dev.tandem.ledger.LedgerFixtures.minutes;
import static dev.tandem.ledger.LedgerFixtures.network;
import static dev.tandem.ledger.LedgerFixtures.refused;
import static dev.tandem.ledger.LedgerFixtures.settled;
import static dev.tandem.ledger.LedgerFixtures.started;
import static dev.tandem.ledger.LedgerFixtures.support;
import static dev.tandem.ledger.LedgerFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.ledger.DeadStockRevival;
import dev.tandem.ledger.InvalidEventLogException;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerFixtures;
import dev.tandem.model.RequestId;
import dev.tandem.network.InputError;

class LedgerJsonTest {

    @TempDir
    Path dir;

    private static List<LedgerEvent> everyKindOfEvent() {
        List<LedgerEvent> events = new ArrayList<>(deliveredTransfer("TR1", 2, 0));
        events.add(settled("TR1", 50, 24 * 60));
        events.addAll(List.of(support("SP1", 10), accepted("SP1", 40), started("SP1", 4 * 24 * 60),
                completed("SP1", 9.8, 4 * 24 * 60 + 240), diversion("DV1", 60), refused("DV1", 62),
                new LedgerEvent.Requested(minutes(70), new DeadStockRevival(RequestId.of("RV1"), LedgerFixtures.DG,
                        SZ, LedgerFixtures.LAMP, 1)),
                new LedgerEvent.Completed(minutes(80), RequestId.of("XX"), false, OptionalDouble.empty())));
        return events;
    }

    @Test
    void eachEventIsOneLineThatReadsBackEqual() {
        List<LedgerEvent> events = everyKindOfEvent();

        String text = LedgerJson.toJsonLines(events);

        assertThat(text.lines()).hasSize(events.size()).first().isEqualTo("{\"event\":\"requested\","
                + "\"at\":\"2026-11-23T09:00:00+08:00\",\"id\":\"TR1\",\"kind\":\"TRANSFER\",\"from\":\"GZ\","
                + "\"to\":\"SZ\",\"part\":\"HL-FL\",\"quantity\":2,\"customerWaiting\":true}");
        assertThat(text).contains("{\"event\":\"settled\",\"at\":\"2026-11-24T09:00:00+08:00\",\"id\":\"TR1\","
                + "\"paid\":50.00}", "\"kind\":\"DIVERSION\",\"from\":\"SZ\",\"to\":\"DG\",\"compensation\":200.00",
                "\"resolved\":true,\"satisfaction\":9.8");
        LedgerLog log = LedgerJson.read(text, "ledger.jsonl");
        assertThat(log.events()).isEqualTo(events);
        assertThat(log.cutShort()).isEmpty();
        assertThat(log.lines().get(3).number()).isEqualTo(4);
    }

    @Test
    void aLastLineCutShortIsReportedAndEverythingBeforeItIsKept() {
        List<LedgerEvent> events = deliveredTransfer("TR1", 2, 0);
        String text = LedgerJson.toJsonLines(events) + "{\"event\":\"settled\",\"at\":\"2026-11-24T09:0";

        LedgerLog log = LedgerJson.read(text, "ledger.jsonl");

        assertThat(log.events()).isEqualTo(events);
        assertThat(log.cutShort()).hasValueSatisfying(problem -> assertThat(problem.toString())
                .startsWith("ledger.jsonl:5: the last line is cut short")
                .contains("{\"event\":\"settled\"", "the 4 events before it were read"));
    }

    @Test
    void aWholeLastEventWithoutItsEndOfLineIsRead() {
        List<LedgerEvent> events = deliveredTransfer("TR1", 2, 0);
        String text = LedgerJson.toJsonLines(events).stripTrailing();

        assertThat(LedgerJson.read(text, "ledger.jsonl").events()).isEqualTo(events);
    }

    @Test
    void everyBadLineIsListedWithItsLineAndField() {
        String text = String.join("\n",
                LedgerJson.toLine(transfer("TR1", GZ, SZ, 2, 0)),
                "{\"event\":\"shipped\",\"at\":\"2026-11-23T09:15:00+08:00\",\"id\":\"TR1\",\"units\":0}",
                "{\"event\":\"shipped\",\"at\":\"2026-11-23T09:15:00+08:00\",\"id\":\"TR1\",\"units\":2",
                "",
                "{\"event\":\"sent\",\"at\":\"2026-11-23T09:15:00+08:00\",\"id\":\"TR1\"}",
                "{\"event\":\"requested\",\"at\":\"2026-11-23\",\"id\":\"D1\",\"kind\":\"DIVERSION\",\"from\":\"SZ\","
                        + "\"to\":\"SZ\",\"compensation\":200.001,\"coupon\":true}",
                "{\"event\":\"requested\",\"at\":\"2026-11-23T09:15:00+08:00\",\"id\":\"R\",\"kind\":\"LOAN\"}",
                "");

        assertThatExceptionOfType(InvalidEventLogException.class)
                .isThrownBy(() -> LedgerJson.read(text, "ledger.jsonl"))
                .satisfies(e -> assertThat(e.problems()).extracting(InputError::toString).containsExactly(
                        "ledger.jsonl:2 units: 0 must be 1 or more",
                        "ledger.jsonl:3: is not valid JSON: Unexpected end-of-input: expected close marker for "
                                + "Object (start marker at [Source: REDACTED (`StreamReadFeature"
                                + ".INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])",
                        "ledger.jsonl:5 event: string \"sent\" is not an event; expected one of requested, accepted, "
                                + "refused, shipped, received, started, completed, settled",
                        "ledger.jsonl:6 coupon: unknown field; expected one of event, at, id, kind, from, to, "
                                + "compensation",
                        "ledger.jsonl:6 at: \"2026-11-23\" is not an ISO-8601 date-time with offset, such as "
                                + "2026-11-27T09:00:00+08:00",
                        "ledger.jsonl:6 to: \"SZ\" is the same store as the other end",
                        "ledger.jsonl:6 compensation: 200.001 is not an amount in CNY with at most two decimals",
                        "ledger.jsonl:7 kind: unknown kind \"LOAN\"; expected one of TRANSFER, SUPPORT, DIVERSION, "
                                + "DEAD_STOCK_REVIVAL"))
                .withMessageStartingWith("The event log (ledger.jsonl) has 8 problems:");
    }

    @Test
    void replayNamesTheLineOfTheFirstEventThatDoesNotFit() {
        String text = LedgerJson.toJsonLines(List.of(transfer("TR1", GZ, SZ, 2, 0), refused("TR1", 10),
                settled("TR1", 50, 60)));

        assertThatExceptionOfType(InvalidEventLogException.class)
                .isThrownBy(() -> LedgerJson.read(text, "ledger.jsonl").replay(network()))
                .withMessageContaining("ledger.jsonl:3: The request (TR1, TRANSFER) is REFUSED and cannot become "
                        + "SETTLED.");
    }

    @Test
    void theFileLogAppendsAcrossOpeningsAndReplaysToTheSameLedger() throws IOException {
        Path file = dir.resolve("ledger.jsonl");
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file)) {
            Ledger ledger = Ledger.of(network(), log);
            deliveredTransfer("TR1", 2, 0).forEach(ledger::apply);
        }
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file)) {
            LedgerJson.read(file).replay(network(), log).apply(settled("TR1", 50, 24 * 60));
        }
        Ledger inMemory = Ledger.of(network());
        deliveredTransfer("TR1", 2, 0).forEach(inMemory::apply);
        inMemory.apply(settled("TR1", 50, 24 * 60));

        assertThat(Files.readAllLines(file)).hasSize(5);
        assertThat(LedgerJson.read(file).replay(network()).state()).isEqualTo(inMemory.state());
    }

    @Test
    void theFileLogRefusesToAppendAfterALineCutShortUntilItIsDropped() throws IOException {
        Path file = dir.resolve("ledger.jsonl");
        String whole = LedgerJson.toJsonLines(deliveredTransfer("TR1", 2, 0));
        Files.writeString(file, whole + "{\"event\":\"sett", StandardCharsets.UTF_8);

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> JsonLinesEventLog.open(file))
                .withMessageContaining("ends in a line cut short");
        assertThat(JsonLinesEventLog.dropCutShortLine(file)).contains("{\"event\":\"sett");
        assertThat(Files.readString(file)).isEqualTo(whole);
        assertThat(JsonLinesEventLog.dropCutShortLine(file)).isEmpty();
        JsonLinesEventLog.open(file).close();
    }

    @Test
    void aFileReplaysLineByLineToTheLedgerItsEventsMake() throws IOException {
        Path file = dir.resolve("ledger.jsonl");
        List<LedgerEvent> events = new ArrayList<>(deliveredTransfer("TR1", 2, 0));
        events.add(settled("TR1", 50, 24 * 60));
        Files.writeString(file, LedgerJson.toJsonLines(events), StandardCharsets.UTF_8);

        Ledger streamed = LedgerJson.replay(file, network(), dev.tandem.ledger.EventLog.NONE);

        assertThat(streamed.state()).isEqualTo(LedgerJson.read(file).replay(network()).state());
        assertThat(streamed.eventCount()).isEqualTo(events.size());
        Files.writeString(file, "{\"event\":\"sett", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThatExceptionOfType(InvalidEventLogException.class)
                .isThrownBy(() -> LedgerJson.replay(file, network(), dev.tandem.ledger.EventLog.NONE))
                .satisfies(e -> assertThat(e.problems()).extracting(InputError::path).containsExactly("ledger.jsonl:6"))
                .withMessageContaining("cut short");
        Files.writeString(file, LedgerJson.toJsonLines(List.of(settled("TR9", 50, 0))), StandardCharsets.UTF_8);
        assertThatExceptionOfType(InvalidEventLogException.class)
                .isThrownBy(() -> LedgerJson.replay(file, network(), dev.tandem.ledger.EventLog.NONE))
                .withMessageContaining("ledger.jsonl:1").withMessageContaining("There is no request (TR9)");
    }
}
