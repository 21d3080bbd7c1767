package dev.tandem.io.ledger;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;

import dev.tandem.ledger.Diversion;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.Money;
import dev.tandem.model.RequestId;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;

/**
 * The child process of {@link EventLogCrashIT}: reopens the log through the public API, replays it, then applies
 * events as fast as it can with {@link EventLogDurability#SYNC_EACH}, printing each event's line once
 * {@link Ledger#apply} has returned (acknowledged), until it is killed.
 *
 * <p>Arguments: the log file and the round, which seeds the events and names their requests.
 */
public final class CrashingWriter {

    static final NetworkSnapshot NETWORK = NetworkGenerator.generate(GeneratorSpec.of(12, 6, 0, 5));

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        PrintStream acks = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (JsonLinesEventLog log = JsonLinesEventLog.open(file, EventLogDurability.SYNC_EACH)) {
            Ledger ledger = Files.size(file) == 0 ? Ledger.of(NETWORK, log)
                    : LedgerJson.read(file).replay(NETWORK, log);
            acks.println("READY");
            acks.flush();
            SplittableRandom random = new SplittableRandom(round);
            OffsetDateTime at = ledger.lastEventAt();
            for (int i = 0; ; i++) {
                at = at.plusMinutes(1);
                for (LedgerEvent event : record(ledger, random, "R" + round + "-" + i, at)) {
                    if (ledger.apply(event)) {
                        acks.println(LedgerJson.toLine(event));
                        acks.flush();
                    }
                }
            }
        }
    }

    /** A transfer's whole life, when the sender has the units free, else a diversion refused. */
    private static List<LedgerEvent> record(Ledger ledger, SplittableRandom random, String name, OffsetDateTime at) {
        RequestId id = RequestId.of(name);
        StockLevel source = NETWORK.stock().get(random.nextInt(NETWORK.stock().size()));
        StoreId to = NETWORK.storeAt((NETWORK.storeIndex(source.store()) + 1
                + random.nextInt(NETWORK.storeCount() - 1)) % NETWORK.storeCount()).id();
        int units = 1 + random.nextInt(2);
        if (ledger.free(source.store(), source.part()) < units) {
            return List.of(new LedgerEvent.Requested(at, new Diversion(id, source.store(), to, Money.ofYuan(200))),
                    new LedgerEvent.Refused(at, id, "no room"));
        }
        return List.of(
                new LedgerEvent.Requested(at, new Transfer(id, source.store(), to, source.part(), units, false)),
                new LedgerEvent.Accepted(at, id),
                new LedgerEvent.Shipped(at, id, units),
                new LedgerEvent.Received(at, id, units - random.nextInt(2)),
                new LedgerEvent.Settled(at, id, Money.ofYuan(50)));
    }
}
