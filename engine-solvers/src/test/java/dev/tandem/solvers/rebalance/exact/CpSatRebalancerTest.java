package dev.tandem.solvers.rebalance.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.solvers.rebalance.FlowRebalancer;
import dev.tandem.travel.DriveIndex;

class CpSatRebalancerTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");
    private static final LocalDate TODAY = AS_OF.toLocalDate();
    private static final CpSatRebalancer EXACT = new CpSatRebalancer(Duration.ofSeconds(30), 1, 1);

    private static RebalanceProblem problem(NetworkSnapshot network, RebalanceSettings settings) {
        return RebalanceProblem.of(network, settings, DriveIndex.of(network));
    }

    @ParameterizedTest
    @EnumSource(FreightMode.class)
    void onTinyNetworksTheNetIsTheBruteForceOptimumAndThePlanIsValid(FreightMode mode) {
        SplittableRandom random = new SplittableRandom(mode.ordinal() + 2026);
        RebalanceSettings settings = RebalanceSettings.DEFAULT.withFreightMode(mode);
        int compared = 0;
        int moving = 0;
        for (int round = 0; compared < 60; round++) {
            NetworkSnapshot network = tiny(random);
            RebalanceProblem problem = problem(network, settings);
            List<Pair> pairs = pairs(problem);
            if (pairs.size() > 9) {
                continue;
            }
            long optimum = new BruteForce(problem, pairs).best();

            ExactRebalance exact = EXACT.solve(problem, List.of());

            assertThat(exact.status()).as("round %s", round).isEqualTo(ExactRebalance.Status.OPTIMAL);
            assertThat(exact.plan().net().cents()).as("round %s", round).isEqualTo(optimum);
            assertThat(exact.netBound()).hasValue(optimum);
            assertThat(new RebalancePlanValidator(settings).validate(network, exact.plan()).violations())
                    .as("round %s", round).isEmpty();
            compared++;
            moving += optimum > 0 ? 1 : 0;
        }
        // The instances are not trivial: most move something.
        assertThat(moving).isGreaterThan(30);
    }

    @Test
    void underPerRunFreightARunOpenedForOnePartCarriesAnotherThatCouldNotPayAlone() {
        // S0 and S1 are about 110 km apart: a run costs about 165 CNY. A backorder of a 100 CNY part pays for it;
        // a unit of safety stock of a 200 CNY part (60 CNY) cannot alone, but rides along for free.
        NetworkSnapshot network = NetworkSnapshot.builder().asOf(AS_OF)
                .addStore(Store.of("S0", "Store 0", "R", 22.0, 113.0, 20))
                .addStore(Store.of("S1", "Store 1", "R", 23.0, 113.0, 20))
                .addPart(Part.of("A", "Part A", Money.ofYuan(100))).addPart(Part.of("B", "Part B", Money.ofYuan(200)))
                .addStock(stock(0, "A", 3, 0, 0, 5)).addStock(stock(1, "A", 0, 1, 1, 5))
                .addStock(stock(0, "B", 3, 0, 0, 5)).addStock(stock(1, "B", 0, 1, 0, 5))
                .build();

        RebalancePlan perPart = EXACT.solve(problem(network, RebalanceSettings.DEFAULT), List.of()).plan();
        RebalancePlan perRun = EXACT.solve(problem(network,
                RebalanceSettings.DEFAULT.withFreightMode(FreightMode.PER_RUN)), List.of()).plan();

        assertThat(perPart.moves()).extracting(move -> move.part().value()).containsExactly("A");
        assertThat(perRun.runs()).singleElement()
                .satisfies(run -> assertThat(run.moves()).extracting(move -> move.part().value())
                        .containsExactly("A", "B"));
    }

    @ParameterizedTest
    @EnumSource(FreightMode.class)
    void flowAndGreedyNeverEarnMoreThanTheProvenOptimumWithOrWithoutTheCandidateLimit(FreightMode mode) {
        SplittableRandom random = new SplittableRandom(20261205L + mode.ordinal());
        for (int round = 0; round < 12; round++) {
            NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(6 + random.nextInt(15),
                    5 + random.nextInt(30), 0, random.nextLong()));
            RebalanceSettings limited = RebalanceSettings.DEFAULT.withFreightMode(mode)
                    .withCandidatesPerShortage(1 + random.nextInt(3)).withCandidatesByValue(random.nextInt(2));
            RebalanceProblem problem = problem(network, limited);

            ExactRebalance exact = EXACT.solve(problem, List.of());

            assertThat(exact.status()).as("round %s", round).isEqualTo(ExactRebalance.Status.OPTIMAL);
            assertThat(new RebalancePlanValidator(limited).validate(network, exact.plan()).violations())
                    .as("round %s", round).isEmpty();
            long optimum = exact.plan().net().cents();
            for (RebalanceSettings settings : List.of(limited, limited.withoutCandidateLimit())) {
                RebalanceProblem other = problem(network, settings);
                assertThat(new FlowRebalancer().solve(other).net().cents()).as("round %s flow", round)
                        .isLessThanOrEqualTo(optimum);
                assertThat(new GreedyRebalancer().solve(other).net().cents()).as("round %s greedy", round)
                        .isLessThanOrEqualTo(optimum);
            }
        }
    }

    @Test
    void withoutTimeToSearchItKeepsTheBestStartValidAndSaysItIsNotProven() {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(30, 60, 0, 7));
        RebalanceSettings settings = RebalanceSettings.DEFAULT.withFreightMode(FreightMode.PER_RUN);
        RebalanceProblem problem = problem(network, settings);
        RebalancePlan greedy = new GreedyRebalancer().solve(problem);
        RebalancePlan flow = new FlowRebalancer().solve(problem);

        ExactRebalance exact = new CpSatRebalancer(Duration.ZERO, 1, 1).solve(problem, List.of(greedy, flow));

        assertThat(exact.status()).isNotEqualTo(ExactRebalance.Status.OPTIMAL);
        assertThat(exact.describe()).startsWith("best found");
        assertThat(exact.plan().net()).isGreaterThanOrEqualTo(flow.net()).isGreaterThanOrEqualTo(greedy.net());
        assertThat(new RebalancePlanValidator(settings).validate(network, exact.plan()).violations()).isEmpty();
    }

    @Test
    void describesAProvenOptimumAndAGapToTheBound() {
        RebalancePlan empty = new RebalancePlan("x", FreightMode.PER_PART, List.of(), List.of());

        assertThat(new ExactRebalance(empty, ExactRebalance.Status.OPTIMAL, java.util.OptionalLong.of(0),
                Duration.ZERO).describe()).isEqualTo("proven optimal");
        ExactRebalance bounded = new ExactRebalance(empty, ExactRebalance.Status.FEASIBLE,
                java.util.OptionalLong.of(150_000), Duration.ZERO);
        assertThat(bounded.describe()).isEqualTo("best found, bound 1,500.00 CNY (gap 100.00 %)");
        assertThat(bounded.gapOf(empty)).hasValue(1.0);
    }

    @Test
    void refusesNoWorkersOrANegativeTime() {
        assertThatThrownBy(() -> new CpSatRebalancer(Duration.ofSeconds(1), 0, 1))
                .hasMessage("The number of CP-SAT workers (0) must be 1 or more.");
        assertThatThrownBy(() -> new CpSatRebalancer(Duration.ofSeconds(-1), 1, 1))
                .hasMessage("The timeLimit (PT-1S) must not be negative.");
    }

    // ---- tiny networks and their brute force ------------------------------------------------------------------

    /** Three or four stores 10-120 km apart, one to three parts of 30-600 CNY, a few units each. */
    private static NetworkSnapshot tiny(SplittableRandom random) {
        int stores = 3 + random.nextInt(2);
        int parts = 1 + random.nextInt(3);
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(AS_OF);
        for (int s = 0; s < stores; s++) {
            builder.addStore(Store.of("S" + s, "Store " + s, "R", 22.0 + random.nextDouble(1.0),
                    113.0 + random.nextDouble(1.0), 20));
        }
        for (int p = 0; p < parts; p++) {
            builder.addPart(Part.of("P" + p, "Part " + p, Money.ofYuan(30 + random.nextInt(570))));
            for (int s = 0; s < stores; s++) {
                double roll = random.nextDouble();
                if (roll < 0.2) {
                    builder.addStock(stock(s, "P" + p, 1 + random.nextInt(3), 0, 0, 200));
                } else if (roll < 0.5) {
                    int safety = random.nextInt(2);
                    builder.addStock(stock(s, "P" + p, safety + 1 + random.nextInt(3), safety, 0, 5));
                } else if (roll < 0.85) {
                    int safety = 1 + random.nextInt(3);
                    int onHand = random.nextInt(safety);
                    builder.addStock(stock(s, "P" + p, onHand, safety, onHand == 0 ? random.nextInt(2) : 0, 5));
                }
            }
        }
        return builder.build();
    }

    private static StockLevel stock(int store, String part, int onHand, int safety, int backorders, int idleDays) {
        return new StockLevel(StoreId.of("S" + store), PartNumber.of(part), onHand, 0, safety, 0.0,
                Optional.of(TODAY.minusDays(idleDays)), backorders);
    }

    private record Pair(int part, int surplus, int need) {
    }

    private static List<Pair> pairs(RebalanceProblem problem) {
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < problem.parts().size(); p++) {
            PartBalance part = problem.parts().get(p);
            for (int i = 0; i < part.surpluses().size(); i++) {
                for (int j = 0; j < part.needs().size(); j++) {
                    pairs.add(new Pair(p, i, j));
                }
            }
        }
        return pairs;
    }

    /**
     * Every way to send whole units over every pair, within each surplus and need, priced from the problem's own
     * figures (each need's classes filled in order, revival per dead unit, a trip per part and lane or a run per
     * lane): the best net, independently of the plans' pricing.
     */
    private static final class BruteForce {

        private final RebalanceProblem problem;
        private final List<Pair> pairs;
        private final int[] units;
        private long best;

        BruteForce(RebalanceProblem problem, List<Pair> pairs) {
            this.problem = problem;
            this.pairs = pairs;
            this.units = new int[pairs.size()];
        }

        long best() {
            best = 0;
            search(0);
            return best;
        }

        private void search(int k) {
            if (k == pairs.size()) {
                best = Math.max(best, net());
                return;
            }
            Pair pair = pairs.get(k);
            PartBalance part = problem.parts().get(pair.part());
            int sent = 0;
            int received = 0;
            for (int m = 0; m < k; m++) {
                Pair other = pairs.get(m);
                if (other.part() == pair.part()) {
                    sent += other.surplus() == pair.surplus() ? units[m] : 0;
                    received += other.need() == pair.need() ? units[m] : 0;
                }
            }
            int most = Math.min(part.surpluses().get(pair.surplus()).units() - sent,
                    part.needs().get(pair.need()).units() - received);
            for (int u = 0; u <= most; u++) {
                units[k] = u;
                search(k + 1);
            }
            units[k] = 0;
        }

        private long net() {
            long net = 0;
            Set<List<Integer>> trips = new HashSet<>();
            for (int p = 0; p < problem.parts().size(); p++) {
                PartBalance part = problem.parts().get(p);
                int[] received = new int[part.needs().size()];
                for (int k = 0; k < pairs.size(); k++) {
                    Pair pair = pairs.get(k);
                    if (pair.part() != p || units[k] == 0) {
                        continue;
                    }
                    received[pair.need()] += units[k];
                    PartBalance.Surplus surplus = part.surpluses().get(pair.surplus());
                    net += surplus.dead() ? units[k] * part.revivalBenefit() : 0;
                    int from = surplus.store();
                    int to = part.needs().get(pair.need()).store();
                    trips.add(problem.settings().freightMode() == FreightMode.PER_RUN ? List.of(from, to)
                            : List.of(from, to, p));
                }
                for (int j = 0; j < received.length; j++) {
                    PartBalance.Need need = part.needs().get(j);
                    int backorders = Math.min(received[j], need.backorderUnits());
                    int safety = Math.min(received[j] - backorders, need.safetyUnits());
                    net += backorders * part.backorderBenefit() + safety * part.safetyBenefit()
                            + (received[j] - backorders - safety) * part.coverBenefit();
                }
            }
            for (List<Integer> trip : trips) {
                net -= problem.tripFreight(trip.get(0), trip.get(1));
            }
            return net;
        }
    }
}
