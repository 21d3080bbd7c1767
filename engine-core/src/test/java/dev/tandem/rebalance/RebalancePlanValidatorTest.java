package dev.tandem.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.rebalance.internal.Shipment;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.travel.DriveIndex;

/** The validator recomputes every figure of a plan: each tampered plan is caught, and says where and by how much. */
class RebalancePlanValidatorTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");
    private static final LocalDate TODAY = AS_OF.toLocalDate();
    private static final StoreId SZ = StoreId.of("SZ");
    private static final StoreId DG = StoreId.of("DG");
    private static final StoreId ST = StoreId.of("ST");
    private static final PartNumber LAMP = PartNumber.of("HL-FL");
    private static final PartNumber WIPER = PartNumber.of("WIPER");
    private static final RebalanceSettings PER_PART = RebalanceSettings.DEFAULT.withFreightMode(FreightMode.PER_PART);
    private static final RebalanceSettings PER_RUN = RebalanceSettings.DEFAULT.withFreightMode(FreightMode.PER_RUN);

    /**
     * Shenzhen waits for one headlamp (worth 2,000 CNY with the coupon) and lacks one of cover (worth 180 CNY);
     * Dongguan (near) and Shantou (about 280 km) each have spare lamps. Shenzhen also lacks two wipers of cover (worth
     * 4.50 CNY each) that Dongguan could spare.
     */
    private static NetworkSnapshot network() {
        return NetworkSnapshot.builder().asOf(AS_OF)
                .addStore(Store.of("SZ", "Shenzhen", "PRD", 22.5431, 114.0579, 30))
                .addStore(Store.of("DG", "Dongguan", "PRD", 23.0207, 113.7518, 20))
                .addStore(Store.of("ST", "Shantou", "EGD", 23.3541, 116.6819, 16))
                .addPart(Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)))
                .addPart(Part.of("WIPER", "Wiper blade", Money.ofYuan(45)))
                .addStock(level(SZ, LAMP, 0, 0.05, 1, 2))
                .addStock(level(DG, LAMP, 2, 0.0, 0, 5))
                .addStock(level(ST, LAMP, 3, 0.0, 0, 10))
                .addStock(level(SZ, WIPER, 0, 0.1, 0, 2))
                .addStock(level(DG, WIPER, 30, 0.1, 0, 3))
                .build();
    }

    private static StockLevel level(StoreId store, PartNumber part, int onHand, double demand, int backorders,
            int idleDays) {
        return new StockLevel(store, part, onHand, 0, 0, demand, Optional.of(TODAY.minusDays(idleDays)), backorders);
    }

    private static RebalanceProblem problem(NetworkSnapshot network, RebalanceSettings settings) {
        return RebalanceProblem.of(network, settings, DriveIndex.of(network));
    }

    private static int store(NetworkSnapshot network, StoreId id) {
        return network.storeIndex(id);
    }

    private static List<String> violations(NetworkSnapshot network, RebalanceSettings settings, RebalancePlan plan) {
        return new RebalancePlanValidator(settings).validate(network, plan).violations();
    }

    /** {@code plan} with move {@code m} of run {@code r} replaced; the run keeps its freight. */
    private static RebalancePlan tampered(RebalancePlan plan, int r, int m, UnaryOperator<Move> change) {
        List<Run> runs = new ArrayList<>(plan.runs());
        Run run = runs.get(r);
        List<Move> moves = new ArrayList<>(run.moves());
        moves.set(m, change.apply(moves.get(m)));
        runs.set(r, new Run(run.from(), run.to(), run.day(), moves, run.freight()));
        return new RebalancePlan(plan.solver(), plan.freightMode(), runs, plan.shortfalls());
    }

    private static Move withBenefit(Move move, Money benefit) {
        return new Move(move.from(), move.to(), move.part(), move.quantity(), move.value(), move.freight(), benefit,
                move.revivesDeadStock(), move.reason());
    }

    @Test
    void theSamplePlansAreValidUnderBothFreightModes() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        for (RebalanceSettings settings : List.of(PER_PART, PER_RUN)) {
            RebalancePlan plan = new GreedyRebalancer().solve(problem(sample, settings));

            assertThat(plan.moves()).isNotEmpty();
            assertThat(violations(sample, settings, plan)).as("%s", settings.freightMode()).isEmpty();
        }
    }

    @Test
    void anInflatedBenefitIsCaught() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalancePlan plan = new GreedyRebalancer().solve(problem(sample, PER_PART));
        Money stated = plan.runs().get(0).moves().get(0).benefit();

        RebalancePlan inflated = tampered(plan, 0, 0, move -> withBenefit(move, move.benefit()
                .plus(Money.ofYuan(1_000_000))));

        assertThat(violations(sample, PER_PART, inflated)).singleElement().asString()
                .startsWith("runs[0]").contains("benefit " + stated.plus(Money.ofYuan(1_000_000)) + " is not the "
                        + stated + " its units are worth where they go");
    }

    @Test
    void aMoveStatedJustAboveItsFreightIsCaughtWhenItsUnitsAreWorthLess() {
        NetworkSnapshot network = network();
        RebalanceProblem problem = problem(network, PER_PART);
        Money freight = Money.ofCents(problem.tripFreight(store(network, DG), store(network, SZ)));
        Move wipers = new Move(DG, SZ, WIPER, 2, Money.ofYuan(90), freight, freight.plus(Money.ofCents(1)), false,
                "hand-made");
        RebalancePlan plan = new RebalancePlan("hand-made", FreightMode.PER_PART,
                List.of(new Run(DG, SZ, TODAY, List.of(wipers), freight)), List.of());

        assertThat(violations(network, PER_PART, plan))
                .anySatisfy(v -> assertThat(v).contains("benefit " + freight.plus(Money.ofCents(1)) + " is not the "
                        + "9.00 CNY"))
                .anySatisfy(v -> assertThat(v).contains("removing it raises the net by "
                        + freight.minus(Money.ofYuan(9))));
    }

    @Test
    void aTripThatLosesMoneyIsCaughtEvenWhenEveryFigureIsRight() {
        NetworkSnapshot network = network();
        RebalanceProblem problem = problem(network, PER_PART);
        int sz = store(network, SZ);
        // Both lamps reach Shenzhen: the second only covers demand (180 CNY) but Shantou's trip costs far more.
        RebalancePlan plan = RebalancePlans.of("hand-made", problem, List.of(
                List.of(new Shipment(store(network, DG), sz, 1), new Shipment(store(network, ST), sz, 1)),
                List.of()));
        long shantou = problem.tripFreight(store(network, ST), sz);

        assertThat(plan.moves()).extracting(Move::from, move -> move.benefit().cents())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(DG, 200_000L),
                        org.assertj.core.groups.Tuple.tuple(ST, 18_000L));
        assertThat(violations(network, PER_PART, plan)).singleElement().asString()
                .contains("(ST -> SZ, 2026-11-27)", "brings 180.00 CNY the plan would miss without it",
                        "removing it raises the net by " + Money.ofCents(shantou - 18_000));
    }

    @Test
    void creditingTheCostliestTripWithTheMostValuableUnitsDoesNotHideALosingTrip() {
        NetworkSnapshot network = network();
        RebalanceProblem problem = problem(network, PER_PART);
        int sz = store(network, SZ);
        RebalancePlan plan = RebalancePlans.of("hand-made", problem, List.of(
                List.of(new Shipment(store(network, DG), sz, 1), new Shipment(store(network, ST), sz, 1)),
                List.of()));
        int dongguan = plan.runs().get(0).from().equals(DG) ? 0 : 1;

        // The old way: Shantou, the costlier trip, takes the waiting customer's 2,000 CNY and seems to pay.
        RebalancePlan swapped = tampered(tampered(plan, dongguan, 0, move -> withBenefit(move, Money.ofYuan(180))),
                1 - dongguan, 0, move -> withBenefit(move, Money.ofYuan(2000)));

        assertThat(violations(network, PER_PART, swapped))
                .anySatisfy(v -> assertThat(v).contains("(DG -> SZ", "benefit 180.00 CNY is not the 2000.00 CNY"))
                .anySatisfy(v -> assertThat(v).contains("(ST -> SZ", "benefit 2000.00 CNY is not the 180.00 CNY"))
                .anySatisfy(v -> assertThat(v).contains("(ST -> SZ", "removing it raises the net"));
    }

    @Test
    void aRunChargedTwiceIsCaught() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalancePlan plan = new GreedyRebalancer().solve(problem(sample, PER_RUN));
        int r = indexOfRunWithSeveralParts(plan);
        Run run = plan.runs().get(r);
        List<Run> split = new ArrayList<>(plan.runs());
        // Each part its own run on the same lane and day, each paying the full freight.
        split.remove(r);
        for (Move move : run.moves()) {
            Move alone = new Move(move.from(), move.to(), move.part(), move.quantity(), move.value(), run.freight(),
                    move.benefit(), move.revivesDeadStock(), move.reason());
            split.add(r, new Run(run.from(), run.to(), run.day(), List.of(alone), run.freight()));
        }
        RebalancePlan charged = new RebalancePlan(plan.solver(), plan.freightMode(), split, plan.shortfalls());

        assertThat(violations(sample, PER_RUN, plan)).isEmpty();
        assertThat(charged.totalFreight()).isGreaterThan(plan.totalFreight());
        assertThat(violations(sample, PER_RUN, charged)).hasSize(run.moves().size() - 1)
                .allSatisfy(v -> assertThat(v).contains("is charged again for what runs[", "one run a lane and day"));
    }

    @Test
    void freightSharesThatDoNotAddUpToTheRunAreCaught() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalancePlan plan = new GreedyRebalancer().solve(problem(sample, PER_RUN));
        int r = indexOfRunWithSeveralParts(plan);
        Money full = plan.runs().get(r).freight();

        RebalancePlan doubled = tampered(plan, r, 1, move -> new Move(move.from(), move.to(), move.part(),
                move.quantity(), move.value(), full, move.benefit(), move.revivesDeadStock(), move.reason()));

        assertThat(violations(sample, PER_RUN, doubled)).singleElement().asString()
                .contains("runs[" + r + "]", ".moves[1]", "freight share " + full + " is not its");
    }

    @Test
    void runsMustFollowTheFreightMode() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalancePlan perRun = new GreedyRebalancer().solve(problem(sample, PER_RUN));
        int r = indexOfRunWithSeveralParts(perRun);

        assertThat(violations(sample, PER_PART, perRun))
                .contains("the plan charges freight PER_RUN but the settings say PER_PART")
                .anySatisfy(v -> assertThat(v).startsWith("runs[" + r + "]")
                        .contains("parts, but freight is charged per part"));
    }

    @Test
    void aRunOnAnotherDayOrAtTheWrongPriceIsCaught() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalancePlan plan = new GreedyRebalancer().solve(problem(sample, PER_PART));
        Run run = plan.runs().get(0);
        List<Run> runs = new ArrayList<>(plan.runs());
        runs.set(0, new Run(run.from(), run.to(), TODAY.plusDays(1), run.moves(), run.freight().plus(Money.ofYuan(1))));

        assertThat(violations(sample, PER_PART, new RebalancePlan(plan.solver(), plan.freightMode(), runs,
                plan.shortfalls())))
                .anySatisfy(v -> assertThat(v).contains("runs on 2026-11-28, not on the snapshot's day 2026-11-27"))
                .anySatisfy(v -> assertThat(v).contains("is not the trip's " + run.freight()))
                .anySatisfy(v -> assertThat(v).contains("freight share " + run.freight() + " is not its"));
    }

    private static int indexOfRunWithSeveralParts(RebalancePlan plan) {
        for (int r = 0; r < plan.runs().size(); r++) {
            if (plan.runs().get(r).moves().size() >= 2) {
                return r;
            }
        }
        throw new AssertionError("the sample plan has no run carrying two parts");
    }
}
