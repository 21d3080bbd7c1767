package dev.tandem.io.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerState;
import dev.tandem.model.StockLevel;

/**
 * The file log survives being killed: a child process appends events with {@link EventLogDurability#SYNC_EACH}
 * and is killed with SIGKILL at a random moment after a random number of acknowledged events, round after round on
 * the same file. After each kill the log reopens, holds every acknowledged event in order (and at most the one
 * event the child was applying), and replays to a ledger that conserves every unit.
 *
 * <p>Rounds: {@code -Dtandem.crashRounds} (default 50).
 */
class EventLogCrashIT {

    private static final int ROUNDS = Integer.getInteger("tandem.crashRounds", 50);
    private static final int MIN_ACKS = 10;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEventSurvivesSigkill() throws Exception {
        Path file = dir.resolve("ledger.jsonl");
        Files.createFile(file);
        SplittableRandom random = new SplittableRandom(20261205);
        List<LedgerEvent> acknowledged = new ArrayList<>();
        long units = CrashingWriter.NETWORK.stock().stream().mapToLong(StockLevel::onHand).sum();
        int cutShortLines = 0;

        for (int round = 0; round < ROUNDS; round++) {
            int killAfter = MIN_ACKS + random.nextInt(40);
            Process child = start(file, round);
            List<LedgerEvent> acks = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("round %s starts", round).isEqualTo("READY");
                while (acks.size() < killAfter) {
                    String line = out.readLine();
                    assertThat(line).as("round %s: the child died by itself; see its error output", round)
                            .isNotNull();
                    acks.add(LedgerJson.read(line + "\n", "ack").events().get(0));
                }
                Thread.sleep(random.nextInt(4));   // a random moment: between, during or after an append
                child.toHandle().destroyForcibly();   // SIGKILL, leaving its output open to read the rest
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    acks.add(LedgerJson.read(line + "\n", "ack").events().get(0));   // acknowledged before the kill
                }
            }
            acknowledged.addAll(acks);

            if (JsonLinesEventLog.dropCutShortLine(file).isPresent()) {
                cutShortLines++;
            }
            LedgerLog log = LedgerJson.read(file);
            List<LedgerEvent> logged = log.events();
            assertThat(logged.size()).as("round %s: at most the event being applied beyond the acknowledged", round)
                    .isBetween(acknowledged.size(), acknowledged.size() + 1);
            assertThat(logged.subList(0, acknowledged.size())).as("round %s", round).isEqualTo(acknowledged);
            acknowledged = new ArrayList<>(logged);   // an event written but not acknowledged is kept: it is logged
            LedgerState state = log.replay(CrashingWriter.NETWORK).state();
            assertThat(state.unitsOnHand() + state.unitsInTransit() + state.unitsLost()).isEqualTo(units);
        }

        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(ROUNDS * MIN_ACKS);
        System.out.printf("%d rounds killed, %d events logged, %d cut-short last lines dropped%n", ROUNDS,
                acknowledged.size(), cutShortLines);
    }

    private static Process start(Path file, int round) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(),
                file.toString(), Integer.toString(round))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
