package dev.tandem.ledger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import dev.tandem.model.Money;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.network.NetworkSnapshot;

/**
 * Attempts at ledger events, drawn at random from what the ledger holds: mostly the next step of a record, some
 * steps that do not fit (skipped, repeated with other content, too many units, back in time), some exact
 * repeats. Deterministic for a seed.
 */
final class RandomOperations {

    private final SplittableRandom random;
    private final NetworkSnapshot network;
    private OffsetDateTime clock;
    private int requests;

    RandomOperations(NetworkSnapshot network, long seed) {
        this.network = network;
        this.random = new SplittableRandom(seed);
        this.clock = network.asOf();
    }

    /** A random event for {@code ledger}, which has applied (and logged) {@code applied}. */
    LedgerEvent next(Ledger ledger, List<LedgerEvent> applied) {
        clock = clock.plusMinutes(random.nextInt(30));
        int roll = random.nextInt(100);
        if (applied.isEmpty() || roll < 25) {
            return new LedgerEvent.Requested(clock, request(RequestId.of("R" + ++requests)));
        }
        if (roll < 35) {
            return applied.get(random.nextInt(applied.size()));
        }
        List<LedgerEntry> entries = new ArrayList<>(ledger.state().records());
        LedgerEntry entry = entries.get(random.nextInt(entries.size()));
        OffsetDateTime at = roll < 38 ? entry.requestedAt().minusMinutes(10) : clock;
        Status target = roll < 50 ? Status.values()[random.nextInt(Status.values().length)]
                : entry.status().next().stream().skip(random.nextInt(Math.max(1, entry.status().next().size())))
                        .findFirst().orElse(Status.values()[random.nextInt(Status.values().length)]);
        return step(entry, target, at);
    }

    private LedgerEvent step(LedgerEntry entry, Status target, OffsetDateTime at) {
        RequestId id = entry.id();
        boolean movesStock = entry.request() instanceof StockMovement;
        return switch (target) {
            case REQUESTED -> new LedgerEvent.Requested(at, request(id));
            case ACCEPTED -> new LedgerEvent.Accepted(at, id);
            case REFUSED -> new LedgerEvent.Refused(at, id, "busy");
            case IN_PROGRESS -> movesStock
                    ? new LedgerEvent.Shipped(at, id, 1 + random.nextInt(quantity(entry) + 1))
                    : new LedgerEvent.Started(at, id);
            case DONE -> movesStock ? new LedgerEvent.Received(at, id, random.nextInt(entry.unitsShipped() + 2))
                    : new LedgerEvent.Completed(at, id, random.nextBoolean(), OptionalDouble.of(random.nextInt(11)));
            case SETTLED -> new LedgerEvent.Settled(at, id, Money.ofYuan(random.nextInt(500)));
        };
    }

    private static int quantity(LedgerEntry entry) {
        return ((StockMovement) entry.request()).quantity();
    }

    private Collaboration request(RequestId id) {
        StoreId from = network.storeAt(random.nextInt(network.storeCount())).id();
        StoreId to = network.storeAt((network.storeIndex(from) + 1 + random.nextInt(network.storeCount() - 1))
                % network.storeCount()).id();
        int quantity = 1 + random.nextInt(4);
        switch (random.nextInt(4)) {
            case 0:
                return new Transfer(id, from, to, network.partAt(random.nextInt(network.partCount())).number(),
                        quantity, random.nextBoolean());
            case 1:
                return new DeadStockRevival(id, from, to,
                        network.partAt(random.nextInt(network.partCount())).number(), quantity);
            case 2:
                Technician technician = network.technicianAt(random.nextInt(network.technicianCount()));
                StoreId requester = technician.store().equals(to) ? from : to;
                return new SupportTrip(id, requester, technician.store(), technician.id(),
                        clock.toLocalDate().plusDays(random.nextInt(6)), random.nextInt(300));
            default:
                return new Diversion(id, from, to, Money.ofYuan(100L * random.nextInt(4)));
        }
    }
}
