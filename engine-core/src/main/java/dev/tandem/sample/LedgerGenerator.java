package dev.tandem.sample;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;

import dev.tandem.ledger.DeadStockRevival;
import dev.tandem.ledger.Diversion;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerException;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.Money;
import dev.tandem.model.RequestId;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.model.SubsidyPolicy;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/**
 * Generates a realistic collaboration ledger for a network over the weeks up to its snapshot moment,
 * deterministic for a seed: what {@code tandem report} and a dashboard can be tried on.
 *
 * <ul>
 *   <li>Each working day (08:00 to 18:00), per 15 stores: about 3.5 transfers from stores with stock to spare
 *       above safety (a customer waits for a third), 0.7 support trips, 1.9 diversion offers to the nearest of a
 *       few stores with a 200 CNY coupon, and 0.3 revivals of stock idle for 90 days or more.</li>
 *   <li>Answers in 3 to 30 minutes (a support trip in up to 3 hours); about 8 % of transfers and support trips are
 *       refused and 8 % of diversions declined. Parts arrive after the drive plus 15 minutes of handling; support
 *       trips are booked 1 to 6 days ahead (some under the 3-day lead); satisfaction 8.5 to 10.</li>
 *   <li>Everything is settled the next day at 10:00: freight 1.50 CNY a km (at least 50), the technician's band
 *       subsidy, the coupon.</li>
 * </ul>
 *
 * <p>Steps later than the snapshot are left out, so the last days hold open records. The events are applied to a
 * {@link Ledger} as they are made, in time order, so the result always replays; ids are {@code TR-0001},
 * {@code SP-0001}, {@code DV-0001} and {@code RV-0001}.
 */
public final class LedgerGenerator {

    private static final int DAY_START_MINUTES = 8 * 60;
    private static final int DAY_MINUTES = 10 * 60;
    private static final double PER_STORE_DAY = 1.0 / 15;

    private LedgerGenerator() {
    }

    /**
     * The events of {@code weeks} weeks up to the snapshot's moment, in time order.
     *
     * @param network a network with at least two stores
     * @param weeks 1 or more
     * @param seed the random seed; the same network, weeks and seed always give the same events
     */
    public static List<LedgerEvent> generate(NetworkSnapshot network, int weeks, long seed) {
        Objects.requireNonNull(network, "network");
        checkArgument(weeks >= 1, "The number of weeks (%s) must be 1 or more.", weeks);
        checkArgument(network.storeCount() >= 2, "Collaboration needs two stores; the network has %s.",
                network.storeCount());
        Draft draft = new Draft(network, new SplittableRandom(seed));
        OffsetDateTime end = network.asOf();
        for (OffsetDateTime day = end.toLocalDate().minusWeeks(weeks).atStartOfDay().atOffset(end.getOffset());
                day.isBefore(end); day = day.plusDays(1)) {
            draft.day(day);
        }
        List<LedgerEvent> events = new ArrayList<>(draft.events);
        events.removeIf(event -> event.at().isAfter(end));
        events.sort(Comparator.comparing(LedgerEvent::at));
        List<LedgerEvent> applied = new ArrayList<>();
        Ledger ledger = Ledger.of(network, applied::add);
        Set<RequestId> failed = new HashSet<>();
        for (LedgerEvent event : events) {
            if (failed.contains(event.id())) {
                continue;
            }
            try {
                ledger.apply(event);
            } catch (LedgerException e) {
                failed.add(event.id());   // stock another record took first: this one stays where it was
            }
        }
        return applied;
    }

    /** The records of each day, as events not yet checked against each other. */
    private static final class Draft {

        private final NetworkSnapshot network;
        private final SplittableRandom random;
        private final List<StockLevel> spare;
        private final List<StockLevel> idle;
        private final List<Technician> lendable;
        private final List<LedgerEvent> events = new ArrayList<>();
        private int transfers;
        private int trips;
        private int diversions;
        private int revivals;

        Draft(NetworkSnapshot network, SplittableRandom random) {
            this.network = network;
            this.random = random;
            this.spare = network.stock().stream().filter(level -> level.spareAboveSafety() > 0).toList();
            this.idle = spare.stream().filter(level -> level.daysIdle(network.today()).orElse(0L) >= 90).toList();
            this.lendable = network.technicians().stream()
                    .filter(technician -> technician.status() != TechnicianStatus.LEAVE).toList();
        }

        void day(OffsetDateTime midnight) {
            double scale = network.storeCount() * PER_STORE_DAY;
            for (int i = count(3.5 * scale); i > 0 && !spare.isEmpty(); i--) {
                transfer(at(midnight));
            }
            for (int i = count(0.7 * scale); i > 0 && !lendable.isEmpty(); i--) {
                support(at(midnight));
            }
            for (int i = count(1.9 * scale); i > 0; i--) {
                diversion(at(midnight));
            }
            for (int i = count(0.3 * scale); i > 0 && !idle.isEmpty(); i--) {
                revival(at(midnight));
            }
        }

        private void transfer(OffsetDateTime at) {
            StockLevel source = spare.get(random.nextInt(spare.size()));
            StoreId to = otherStore(source.store());
            RequestId id = RequestId.of(String.format("TR-%04d", ++transfers));
            int quantity = 1 + random.nextInt(Math.min(2, source.spareAboveSafety()));
            events.add(new LedgerEvent.Requested(at, new Transfer(id, source.store(), to, source.part(), quantity,
                    random.nextDouble() < 0.35)));
            OffsetDateTime answered = at.plusMinutes(3 + random.nextInt(28));
            if (refuses(0.08, answered, id)) {
                return;
            }
            OffsetDateTime shipped = answered.plusMinutes(5 + random.nextInt(10));
            OffsetDateTime received = shipped.plusMinutes(15 + Math.round(network.leg(source.store(), to)
                    .driveMinutes()));
            events.add(new LedgerEvent.Shipped(shipped, id, quantity));
            events.add(new LedgerEvent.Received(received, id, quantity));
            settle(id, received, freight(source.store(), to));
        }

        private void support(OffsetDateTime at) {
            Technician technician = lendable.get(random.nextInt(lendable.size()));
            StoreId requester = otherStore(technician.store());
            RequestId id = RequestId.of(String.format("SP-%04d", ++trips));
            double km = network.leg(technician.store(), requester).distanceKm();
            OffsetDateTime day = at.plusDays(1 + random.nextInt(6)).toLocalDate().atStartOfDay()
                    .atOffset(at.getOffset());
            events.add(new LedgerEvent.Requested(at, new SupportTrip(id, requester, technician.store(),
                    technician.id(), day.toLocalDate(), Math.round(km * 10) / 10.0)));
            OffsetDateTime answered = at.plusMinutes(10 + random.nextInt(170));
            if (refuses(0.08, answered, id)) {
                return;
            }
            OffsetDateTime started = day.plusMinutes(DAY_START_MINUTES);
            OffsetDateTime done = started.plusHours(3 + random.nextInt(4));
            events.add(new LedgerEvent.Started(started, id));
            events.add(new LedgerEvent.Completed(done, id, random.nextDouble() < 0.9, satisfaction()));
            SubsidyPolicy subsidies = SubsidyPolicy.DEFAULT;
            settle(id, done, subsidies.subsidy(subsidies.band(km)));
        }

        private void diversion(OffsetDateTime at) {
            StoreId from = network.storeAt(random.nextInt(network.storeCount())).id();
            StoreId to = otherStore(from);
            for (int i = 0; i < 3; i++) {
                StoreId candidate = otherStore(from);
                if (network.leg(from, candidate).driveMinutes() < network.leg(from, to).driveMinutes()) {
                    to = candidate;
                }
            }
            RequestId id = RequestId.of(String.format("DV-%04d", ++diversions));
            Money coupon = Money.ofYuan(200);
            events.add(new LedgerEvent.Requested(at, new Diversion(id, from, to, coupon)));
            OffsetDateTime answered = at.plusMinutes(5 + random.nextInt(10));
            if (refuses(0.08, answered, id)) {
                return;
            }
            OffsetDateTime started = answered.plusMinutes(10 + random.nextInt(20));
            OffsetDateTime done = started.plusHours(2 + random.nextInt(3));
            events.add(new LedgerEvent.Started(started, id));
            events.add(new LedgerEvent.Completed(done, id, random.nextDouble() < 0.97, satisfaction()));
            settle(id, done, coupon);
        }

        private void revival(OffsetDateTime at) {
            StockLevel dead = idle.get(random.nextInt(idle.size()));
            StoreId to = otherStore(dead.store());
            RequestId id = RequestId.of(String.format("RV-%04d", ++revivals));
            int quantity = 1 + random.nextInt(dead.spareAboveSafety());
            events.add(new LedgerEvent.Requested(at, new DeadStockRevival(id, dead.store(), to, dead.part(),
                    quantity)));
            OffsetDateTime answered = at.plusHours(1 + random.nextInt(5));
            OffsetDateTime shipped = answered.plusHours(2);
            OffsetDateTime received = shipped.plusMinutes(30 + Math.round(network.leg(dead.store(), to)
                    .driveMinutes()));
            events.add(new LedgerEvent.Accepted(answered, id));
            events.add(new LedgerEvent.Shipped(shipped, id, quantity));
            events.add(new LedgerEvent.Received(received, id, quantity));
            settle(id, received, freight(dead.store(), to));
        }

        /** Adds the answer: a refusal (and true) with the given probability, else an acceptance. */
        private boolean refuses(double probability, OffsetDateTime at, RequestId id) {
            if (random.nextDouble() < probability) {
                events.add(new LedgerEvent.Refused(at, id, "needed for our own customers"));
                return true;
            }
            events.add(new LedgerEvent.Accepted(at, id));
            return false;
        }

        private void settle(RequestId id, OffsetDateTime done, Money paid) {
            OffsetDateTime nextMorning = done.toLocalDate().plusDays(1).atStartOfDay().atOffset(done.getOffset())
                    .plusHours(10);
            events.add(new LedgerEvent.Settled(nextMorning, id, paid));
        }

        private Money freight(StoreId from, StoreId to) {
            Money byDistance = Money.ofCents(BigDecimal.valueOf(network.leg(from, to).distanceKm() * 150)
                    .setScale(0, RoundingMode.HALF_UP).longValue());
            return byDistance.compareTo(Money.ofYuan(50)) < 0 ? Money.ofYuan(50) : byDistance;
        }

        /** A score from 8.5 to 10 in steps of 0.1. */
        private OptionalDouble satisfaction() {
            return OptionalDouble.of((85 + random.nextInt(16)) / 10.0);
        }

        private OffsetDateTime at(OffsetDateTime midnight) {
            return midnight.plusMinutes(DAY_START_MINUTES + random.nextInt(DAY_MINUTES));
        }

        private StoreId otherStore(StoreId store) {
            int index = network.storeIndex(store);
            return network.storeAt((index + 1 + random.nextInt(network.storeCount() - 1)) % network.storeCount()).id();
        }

        /** A whole number around {@code mean}: its floor, one more with the chance of its fraction, ± 1. */
        private int count(double mean) {
            int whole = (int) mean + (random.nextDouble() < mean - (int) mean ? 1 : 0);
            return Math.max(0, whole + random.nextInt(3) - 1);
        }
    }
}
