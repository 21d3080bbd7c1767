package dev.tandem.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import dev.tandem.io.ledger.EventLogDurability;
import dev.tandem.io.ledger.JsonLinesEventLog;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.model.Money;
import dev.tandem.model.RequestId;

/**
 * Appends per second to the file event log for each {@link EventLogDurability}: {@code FLUSH} (no sync),
 * {@code SYNC_EVERY_64} (a group commit) and {@code SYNC_EACH} (the default). One settled event a line, in a fresh
 * file in the system's temporary folder for each iteration, so the figure is the device's sync cost where it
 * syncs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EventLogBenchmark {

    @Param({"FLUSH", "SYNC_EVERY_64", "SYNC_EACH"})
    public String durability;

    private final LedgerEvent event = new LedgerEvent.Settled(OffsetDateTime.parse("2026-11-24T10:00:00+08:00"),
            RequestId.of("TR-0001"), Money.ofYuan(50));
    private Path file;
    private JsonLinesEventLog log;

    @Setup(Level.Iteration)
    public void open() throws IOException {
        file = Files.createTempFile("ledger", ".jsonl");
        log = JsonLinesEventLog.open(file, switch (durability) {
            case "FLUSH" -> EventLogDurability.FLUSH;
            case "SYNC_EVERY_64" -> EventLogDurability.syncEvery(64);
            default -> EventLogDurability.SYNC_EACH;
        });
    }

    @TearDown(Level.Iteration)
    public void close() throws IOException {
        log.close();
        Files.delete(file);
    }

    @Benchmark
    public void append() {
        log.append(event);
    }
}
