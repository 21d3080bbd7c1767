package dev.tandem.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;

import dev.tandem.model.Level;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The indexed matchers give exactly the answers of the straightforward ones, on random networks and queries,
 * before and after random live updates.
 */
class MatchAgreementTest {

    private static final List<Skill> SKILLS = List.of(Skill.GENERAL, Skill.HV_SYSTEM, Skill.BODY_PAINT, Skill.ADAS,
            Skill.of("NOBODY_HAS_IT"));

    @Property(tries = 400, seed = "20261127")
    void transferAdviceAgrees(@ForAll @IntRange(min = 1, max = 60) int stores,
            @ForAll @IntRange(min = 1, max = 120) int parts, @ForAll long seed) {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(stores, parts, stores * 2, seed));
        LiveNetwork live = LiveNetwork.of(network);
        SplittableRandom random = new SplittableRandom(seed);
        MatchSettings settings = MatchSettings.DEFAULT.withHandlingMinutes(random.nextInt(0, 30));
        IndexedTransferAdvisor indexed = new IndexedTransferAdvisor(live, settings);

        for (int round = 0; round < 3; round++) {
            ScanningTransferAdvisor scanning = new ScanningTransferAdvisor(live.snapshot(), live.drives(), settings);
            for (int query = 0; query < 10; query++) {
                TransferRequest request = new TransferRequest(randomStore(network, random),
                        randomPart(network, random), 1 + random.nextInt(random.nextBoolean() ? 3 : 40),
                        Duration.ofMinutes(30 + random.nextInt(300)), randomLimit(random, stores));
                assertThat(indexed.advise(request)).as("%s", request).isEqualTo(scanning.advise(request));
            }
            applyRandomStockUpdates(live, network, random);
        }
    }

    @Property(tries = 300, seed = "20261128")
    void technicianAndReceivingMatchesAgree(@ForAll @IntRange(min = 1, max = 60) int stores,
            @ForAll @IntRange(min = 0, max = 200) int technicians, @ForAll long seed) {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(stores, 5, technicians, seed));
        LiveNetwork live = LiveNetwork.of(network);
        SplittableRandom random = new SplittableRandom(seed);
        MatchSettings settings = MatchSettings.DEFAULT;
        TechnicianMatcher indexedTechnicians = new IndexedTechnicianMatcher(live, settings);
        TechnicianMatcher scanningTechnicians = new ScanningTechnicianMatcher(live, settings);
        ReceivingStoreMatcher indexedStores = new IndexedReceivingStoreMatcher(live, settings);
        ReceivingStoreMatcher scanningStores = new ScanningReceivingStoreMatcher(live, settings);

        for (int round = 0; round < 3; round++) {
            for (int query = 0; query < 10; query++) {
                TechnicianRequest technician = new TechnicianRequest(randomStore(network, random),
                        SKILLS.get(random.nextInt(SKILLS.size())), Level.values()[random.nextInt(3)],
                        randomWindow(network, random), randomLimit(random, stores));
                assertThat(indexedTechnicians.match(technician)).as("%s", technician)
                        .isEqualTo(scanningTechnicians.match(technician));
                ReceivingRequest receiving = new ReceivingRequest(randomStore(network, random),
                        0.5 + random.nextInt(8), SKILLS.get(random.nextInt(SKILLS.size())),
                        network.today().plusDays(random.nextInt(-1, 8)), Duration.ofMinutes(random.nextInt(0, 600)),
                        randomLimit(random, stores));
                assertThat(indexedStores.match(receiving)).as("%s", receiving)
                        .isEqualTo(scanningStores.match(receiving));
            }
            applyRandomPeopleUpdates(live, network, random);
        }
    }

    private static void applyRandomStockUpdates(LiveNetwork live, NetworkSnapshot network, SplittableRandom random) {
        for (int i = 0; i < 20; i++) {
            StoreId store = randomStore(network, random);
            PartNumber part = randomPart(network, random);
            int available = live.stock(store, part).map(StockLevel::available).orElse(0);
            switch (random.nextInt(4)) {
                case 0 -> live.receive(store, part, 1 + random.nextInt(5));
                case 1 -> {
                    if (available > 0) {
                        live.consume(store, part, 1 + random.nextInt(available));
                    }
                }
                case 2 -> {
                    StoreId other = randomStore(network, random);
                    if (available > 0 && !other.equals(store)) {
                        live.transfer(store, other, part, 1 + random.nextInt(available));
                    }
                }
                default -> live.setSafetyStock(store, part, random.nextInt(4));
            }
        }
    }

    private static void applyRandomPeopleUpdates(LiveNetwork live, NetworkSnapshot network, SplittableRandom random) {
        for (int i = 0; i < 10 && network.technicianCount() > 0; i++) {
            TechnicianId technician = network.technicianAt(random.nextInt(network.technicianCount())).id();
            switch (random.nextInt(3)) {
                case 0 -> live.setStatus(technician, TechnicianStatus.values()[random.nextInt(4)]);
                case 1 -> {
                    try {
                        live.bookTrip(technician, randomWindow(network, random));
                    } catch (IllegalStateException overlapping) {
                        // an overlapping trip is refused and changes nothing
                    }
                }
                default -> {
                    LocalDate day = network.today().plusDays(random.nextInt(7));
                    live.book(randomStore(network, random), day, random.nextInt(0, 15));
                }
            }
        }
    }

    /** Mostly small limits, sometimes as many as there are stores or more, once in a while the largest int. */
    private static int randomLimit(SplittableRandom random, int stores) {
        return switch (random.nextInt(10)) {
            case 0 -> stores + random.nextInt(3);
            case 1 -> Integer.MAX_VALUE;
            default -> 1 + random.nextInt(8);
        };
    }

    private static StoreId randomStore(NetworkSnapshot network, SplittableRandom random) {
        return network.storeAt(random.nextInt(network.storeCount())).id();
    }

    private static PartNumber randomPart(NetworkSnapshot network, SplittableRandom random) {
        return network.partAt(random.nextInt(network.partCount())).number();
    }

    private static TimeWindow randomWindow(NetworkSnapshot network, SplittableRandom random) {
        OffsetDateTime start = network.asOf().truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plusDays(random.nextInt(0, 9)).plusHours(7 + random.nextInt(10));
        return TimeWindow.of(start, start.plusHours(1 + random.nextInt(6)));
    }
}
