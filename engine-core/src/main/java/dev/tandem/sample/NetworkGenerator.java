package dev.tandem.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeSet;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.GeoPoint;
import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.travel.HaversineTravel;

/**
 * Generates realistic service networks of any size for tests and benchmarks, deterministic for a seed.
 *
 * <ul>
 *   <li>Stores cluster around cities (about one city per 15 stores) spread over southern and eastern China;
 *       bigger stores have more daily capacity and more technicians.</li>
 *   <li>Part demand has a long tail: the popularity of the part of rank {@code r} falls as {@code r^-0.9}, so a
 *       few parts are everywhere and most are held by a few stores.</li>
 *   <li>About 2 % of the stock rows are dead-stock piles: many units, no demand, no movement for 4-12 months.
 *       About 5 % are short of their safety stock; half of those with nothing on hand have customers waiting
 *       (backorders).</li>
 *   <li>Store utilization averages about 85 % with a spread, so some stores are overloaded and some idle.</li>
 *   <li>Technicians are 45 % T1, 38 % T2, 17 % T3, with one or two of the skills HV_SYSTEM, BODY_PAINT, ADAS,
 *       GENERAL, and zero to three support windows in the coming days.</li>
 * </ul>
 *
 * <p>Each section draws from its own random stream split from the seed, so the stores of a spec do not change
 * when only the number of technicians does. Stock rows per store grow with the catalogue but stay sparse:
 * about {@code 60 + 1.5 %} of the parts. 2,000 stores × 20,000 parts × 10,000 technicians take a few seconds.
 */
public final class NetworkGenerator {

    private static final double DEAD_STOCK_SHARE = 0.02;
    private static final double SHORT_SHARE = 0.05;
    private static final List<Skill> SKILLS = List.of(Skill.GENERAL, Skill.HV_SYSTEM, Skill.BODY_PAINT, Skill.ADAS);
    private static final double[] SKILL_WEIGHTS = {0.40, 0.25, 0.20, 0.15};

    private final GeneratorSpec spec;

    private NetworkGenerator(GeneratorSpec spec) {
        this.spec = spec;
    }

    /** Generates the network of {@code spec}. */
    public static NetworkSnapshot generate(GeneratorSpec spec) {
        return new NetworkGenerator(spec).build();
    }

    private NetworkSnapshot build() {
        SplittableRandom root = new SplittableRandom(spec.seed());
        SplittableRandom storeRandom = root.split();
        SplittableRandom partRandom = root.split();
        SplittableRandom stockRandom = root.split();
        SplittableRandom technicianRandom = root.split();
        SplittableRandom capacityRandom = root.split();

        List<Store> stores = stores(storeRandom);
        List<Part> parts = parts(partRandom);
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder()
                .asOf(spec.asOf())
                .travel(HaversineTravel.DEFAULT)
                .addStores(stores)
                .addParts(parts);
        stock(stockRandom, stores, parts, builder);
        technicians(technicianRandom, stores, builder);
        capacity(capacityRandom, stores, builder);
        return builder.build();
    }

    private List<Store> stores(SplittableRandom random) {
        int cities = Math.max(1, (spec.stores() + 14) / 15);
        double[][] centres = new double[cities][];
        for (int city = 0; city < cities; city++) {
            centres[city] = new double[] {random.nextDouble(21.0, 32.0), random.nextDouble(105.0, 122.0)};
        }
        List<Store> stores = new ArrayList<>(spec.stores());
        for (int i = 0; i < spec.stores(); i++) {
            int city = i % cities;
            double lat = clamp(centres[city][0] + gaussian(random) * 0.12, -90, 90);
            double lon = clamp(centres[city][1] + gaussian(random) * 0.12, -180, 180);
            int capacity = 10 + random.nextInt(31);
            stores.add(new Store(StoreId.of(String.format("S%04d", i + 1)),
                    "Store " + (i + 1) + " (city " + (city + 1) + ")", "R" + (city % 20 + 1),
                    GeoPoint.of(round(lat, 4), round(lon, 4)), capacity, OptionalDouble.empty()));
        }
        return stores;
    }

    private List<Part> parts(SplittableRandom random) {
        List<Part> parts = new ArrayList<>(spec.parts());
        for (int i = 0; i < spec.parts(); i++) {
            long yuan = Math.round(Math.exp(random.nextDouble(Math.log(20), Math.log(20_000))));
            parts.add(Part.of(String.format("P%05d", i + 1), "Part " + (i + 1), Money.ofYuan(yuan)));
        }
        return parts;
    }

    private void stock(SplittableRandom random, List<Store> stores, List<Part> parts,
            NetworkSnapshot.Builder builder) {
        double[] cumulative = new double[parts.size()];
        double total = 0;
        for (int rank = 0; rank < parts.size(); rank++) {
            total += Math.pow(rank + 1, -0.9);
            cumulative[rank] = total;
        }
        int perStore = Math.min(parts.size(), 60 + parts.size() * 15 / 1000);
        LocalDate today = spec.asOf().toLocalDate();
        for (Store store : stores) {
            double storeScale = store.dailyCapacity() / 25.0;
            for (int partIndex : distinctParts(random, cumulative, total, perStore)) {
                double popularity = Math.pow(partIndex + 1, -0.9) / cumulative[0];
                double demand = round(storeScale * popularity * random.nextDouble(0.5, 1.5), 2);
                int safety = (int) Math.min(10, Math.ceil(demand * 5));
                int onHand = safety + (int) Math.round(demand * random.nextDouble(5, 30)) + random.nextInt(3);
                Optional<LocalDate> lastMovement = Optional.of(today.minusDays(random.nextInt(1, 30)));
                double roll = random.nextDouble();
                int backorders = 0;
                if (roll < DEAD_STOCK_SHARE) {
                    demand = 0.0;
                    onHand = 5 + random.nextInt(16);
                    lastMovement = Optional.of(today.minusDays(random.nextInt(120, 365)));
                } else if (roll < DEAD_STOCK_SHARE + SHORT_SHARE) {
                    safety = Math.max(1, safety);
                    onHand = random.nextInt(safety);
                    backorders = onHand == 0 && random.nextBoolean() ? 1 + random.nextInt(2) : 0;
                }
                int reserved = onHand > 0 && random.nextDouble() < 0.1 ? 1 + random.nextInt(Math.min(onHand, 2)) : 0;
                builder.addStock(new StockLevel(store.id(), parts.get(partIndex).number(), onHand, reserved, safety,
                        demand, lastMovement, backorders));
            }
        }
    }

    /** Up to {@code count} distinct part indexes drawn by popularity, ascending. */
    private static int[] distinctParts(SplittableRandom random, double[] cumulative, double total, int count) {
        int attempts = count * 3;
        int[] drawn = new int[attempts];
        for (int i = 0; i < attempts; i++) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble(total));
            drawn[i] = at >= 0 ? at : -at - 1;
        }
        int[] distinct = Arrays.stream(drawn).distinct().limit(count).toArray();
        Arrays.sort(distinct);
        return distinct;
    }

    private void technicians(SplittableRandom random, List<Store> stores, NetworkSnapshot.Builder builder) {
        double[] cumulativeCapacity = new double[stores.size()];
        double total = 0;
        for (int i = 0; i < stores.size(); i++) {
            total += stores.get(i).dailyCapacity();
            cumulativeCapacity[i] = total;
        }
        LocalDate firstDay = spec.asOf().toLocalDate().plusDays(1);
        for (int i = 0; i < spec.technicians(); i++) {
            Store home;
            if (i < stores.size()) {
                home = stores.get(i);
            } else {
                int at = Arrays.binarySearch(cumulativeCapacity, random.nextDouble(total));
                home = stores.get(at >= 0 ? at : -at - 1);
            }
            double levelRoll = random.nextDouble();
            Level level = levelRoll < 0.45 ? Level.T1 : levelRoll < 0.83 ? Level.T2 : Level.T3;
            TreeSet<Skill> skills = new TreeSet<>();
            skills.add(pick(random));
            if (random.nextDouble() < 0.35) {
                skills.add(pick(random));
            }
            double statusRoll = random.nextDouble();
            TechnicianStatus status = statusRoll < 0.86 ? TechnicianStatus.ON_DUTY
                    : statusRoll < 0.93 ? TechnicianStatus.OFF
                    : statusRoll < 0.97 ? TechnicianStatus.ON_SUPPORT : TechnicianStatus.LEAVE;
            List<TimeWindow> windows = new ArrayList<>();
            if (status != TechnicianStatus.LEAVE) {
                int count = random.nextInt(4);
                TreeSet<Integer> days = new TreeSet<>();
                for (int w = 0; w < count; w++) {
                    days.add(random.nextInt(Math.max(1, spec.days())));
                }
                for (int day : days) {
                    OffsetDateTime start = firstDay.plusDays(day).atTime(random.nextBoolean() ? 8 : 13, 0)
                            .atOffset(spec.asOf().getOffset());
                    windows.add(TimeWindow.of(start, start.withHour(18)));
                }
            }
            builder.addTechnician(new Technician(TechnicianId.of(String.format("T%05d", i + 1)),
                    "Technician " + (i + 1), home.id(), level, skills, status, windows));
        }
    }

    private void capacity(SplittableRandom random, List<Store> stores, NetworkSnapshot.Builder builder) {
        LocalDate today = spec.asOf().toLocalDate();
        for (Store store : stores) {
            double base = clamp(0.85 + gaussian(random) * 0.18, 0.3, 1.3);
            for (int day = 0; day < spec.days(); day++) {
                LocalDate date = today.plusDays(day);
                int capacity = date.getDayOfWeek() == DayOfWeek.SUNDAY
                        ? Math.max(1, (int) Math.round(store.dailyCapacity() * 0.7)) : store.dailyCapacity();
                double utilization = clamp(base + gaussian(random) * 0.08, 0.1, 1.4);
                builder.addCapacity(new CapacityDay(store.id(), date, capacity,
                        (int) Math.round(capacity * utilization)));
            }
        }
    }

    private static Skill pick(SplittableRandom random) {
        double roll = random.nextDouble();
        for (int i = 0; i < SKILLS.size(); i++) {
            roll -= SKILL_WEIGHTS[i];
            if (roll < 0) {
                return SKILLS.get(i);
            }
        }
        return SKILLS.get(SKILLS.size() - 1);
    }

    /** A standard normal draw from the given stream alone. */
    static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
