package dev.tandem.io.ledger;

import static dev.tandem.ledger.LedgerFixtures.GZ;
import static dev.tandem.ledger.LedgerFixtures.SZ;
import static dev.tandem.ledger.LedgerFixtures.accepted;
import static dev.tandem.ledger.LedgerFixtures.deliveredTransfer;
import static dev.tandem.ledger.LedgerFixtures.network;
import static dev.tandem.ledger.LedgerFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.model.RequestId;

class JsonLinesEventLogTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("ledger.jsonl");
    }

    private FaultyChannel channel;

    private JsonLinesEventLog openFaulty(EventLogDurability durability) throws IOException {
        return JsonLinesEventLog.open(file(), durability, path -> channel = new FaultyChannel(path));
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNoPartialLineForTheNextAppendToExtend() throws IOException {
        List<LedgerEvent> events = deliveredTransfer("TR1", 2, 0);
        try (JsonLinesEventLog log = openFaulty(EventLogDurability.SYNC_EACH)) {
            log.append(events.get(0));
            String before = Files.readString(file());
            channel.failNextWriteHalfway = true;

            assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> log.append(events.get(1)))
                    .withMessageContaining("the event was not logged");
            assertThat(Files.readString(file())).isEqualTo(before);

            log.append(events.get(1));
        }

        LedgerLog read = LedgerJson.read(file());
        assertThat(read.events()).containsExactly(events.get(0), events.get(1));
        assertThat(read.cutShort()).isEmpty();
    }

    @Test
    void aSyncThatFailsTakesTheLineBackOutAndTheLedgerAppliesNothing() throws IOException {
        try (JsonLinesEventLog log = openFaulty(EventLogDurability.SYNC_EACH)) {
            Ledger ledger = Ledger.of(network(), log);
            ledger.apply(transfer("TR1", GZ, SZ, 2, 0));
            channel.failSyncs = true;

            assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> ledger.apply(accepted("TR1", 5)));

            assertThat(LedgerJson.read(file()).events()).containsExactly(transfer("TR1", GZ, SZ, 2, 0));
            assertThat(ledger.entry(RequestId.of("TR1")).orElseThrow().history()).hasSize(1);
            channel.failSyncs = false;
        }
    }

    @Test
    void whenAFailedAppendCannotBeUndoneTheLogTakesNoMoreAndReopeningFindsTheCutLine() throws IOException {
        List<LedgerEvent> events = deliveredTransfer("TR1", 2, 0);
        try (JsonLinesEventLog log = openFaulty(EventLogDurability.SYNC_EACH)) {
            log.append(events.get(0));
            channel.failNextWriteHalfway = true;
            channel.failTruncations = true;
            assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> log.append(events.get(1)));

            assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> log.append(events.get(2)))
                    .withMessageContaining("could not undo a failed append")
                    .withMessageContaining("dropCutShortLine");
        }

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> JsonLinesEventLog.open(file()))
                .withMessageContaining("ends in a line cut short");
        assertThat(LedgerJson.read(file()).events()).containsExactly(events.get(0));
    }

    @Test
    void theDurabilitySaysHowOftenTheFileIsForced() throws IOException {
        List<LedgerEvent> events = deliveredTransfer("TR1", 2, 0);
        int[] syncs = new int[3];
        List<EventLogDurability> durabilities = List.of(EventLogDurability.SYNC_EACH,
                EventLogDurability.syncEvery(2), EventLogDurability.FLUSH);
        for (int i = 0; i < durabilities.size(); i++) {
            Files.deleteIfExists(file());
            try (JsonLinesEventLog log = openFaulty(durabilities.get(i))) {
                events.forEach(log::append);
                syncs[i] = channel.syncs;
            }
            assertThat(LedgerJson.read(file()).events()).isEqualTo(events);
        }

        assertThat(syncs).containsExactly(events.size(), events.size() / 2, 0);
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file())) {
            assertThat(log.durability()).as("the default").isEqualTo(EventLogDurability.SYNC_EACH);
        }
    }

    @Test
    void aSecondWriterOnTheSameFileIsRefused() throws IOException {
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file())) {
            assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> JsonLinesEventLog.open(file()))
                    .withMessageContaining("is open for appending elsewhere");
        }
        JsonLinesEventLog.open(file()).close();
    }

    @Test
    void aDurabilityMustSyncEveryOneOrMoreAppends() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> EventLogDurability.syncEvery(0))
                .withMessage("The number of appends between syncs (0) must be 1 or more.");
        assertThat(EventLogDurability.syncEvery(64)).hasToString("SYNC_EVERY_64");
    }
}
