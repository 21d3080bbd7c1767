package dev.tandem.examples.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.dispatch.DispatchPlanValidator;
import dev.tandem.dispatch.DispatchPlans;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.DispatchSolvers;
import dev.tandem.match.LiveNetwork;
import dev.tandem.match.MatchSettings;
import dev.tandem.match.ReceivingMatch;
import dev.tandem.match.ReceivingRequest;
import dev.tandem.match.ReceivingStoreMatcher;
import dev.tandem.match.TechnicianMatch;
import dev.tandem.match.TechnicianMatcher;
import dev.tandem.match.TechnicianRequest;
import dev.tandem.match.TransferAdvice;
import dev.tandem.match.TransferAdvisor;
import dev.tandem.match.TransferOption;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.Level;
import dev.tandem.model.LoadState;
import dev.tandem.model.PartNumber;
import dev.tandem.model.PlanValidation;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.RebalanceSolvers;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.travel.DriveIndex;
import dev.tandem.view.CapacityMonitor;
import dev.tandem.view.SharedStockTable;
import dev.tandem.view.TechnicianCapabilityMap;
import dev.tandem.view.TechnicianQuery;

/**
 * The playbook's South China network on Friday 2026-11-27, seen whole: stage one, the three views that replace
 * the three spreadsheets; then stage three, the matching core's one-click answers on the live network.
 */
public final class SouthChinaDemo {

    private static final StoreId SHENZHEN = StoreId.of("SZ");
    private static final List<StoreId> PLAYBOOK_STORES =
            List.of(SHENZHEN, StoreId.of("GZ"), StoreId.of("DG"), StoreId.of("FS"));

    private final NetworkSnapshot network;
    private final PrintWriter out;

    public SouthChinaDemo(NetworkSnapshot network, PrintWriter out) {
        this.network = Objects.requireNonNull(network, "network");
        this.out = Objects.requireNonNull(out, "out");
    }

    public static SouthChinaDemo withBundledNetwork(PrintWriter out) {
        return new SouthChinaDemo(SampleNetworks.southChina(), out);
    }

    public void run() {
        out.printf("Tandem demo: the South China network, %s%n", network.asOf());
        out.printf("%d stores, %d technicians, %d parts, %d stock rows, %d capacity days%n%n", network.storeCount(),
                network.technicianCount(), network.partCount(), network.stock().size(), network.capacity().size());
        capacity();
        technicians();
        stock();
        whoCanHelp();
        rebalance();
        dispatch();
    }

    private void dispatch() {
        section("6. Technician support dispatch, booked 3 days ahead");
        List<SupportRequest> requests = new ArrayList<>();
        requests.add(SupportRequest.of("R-BATTERY", "SZ", Skill.HV_SYSTEM, Level.T3, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 4), Duration.ofHours(4), 5));
        requests.addAll(RequestGenerator.generate(network, 12, 7));
        DispatchSettings settings = DispatchSettings.DEFAULT;
        DispatchProblem problem = DispatchProblem.of(network, requests, settings, DriveIndex.of(network));
        DispatchSolver solver = DispatchSolvers.preferred();
        DispatchPlan plan = DispatchPlans.of(solver.name(), solver.solve(problem, Duration.ofSeconds(3), 1));
        PlanValidation validation = new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(),
                settings.thresholds()).validate(network, requests, plan);
        out.printf("%s: %d of %d requests assigned, HQ pays %s in subsidies and travel; plan %s%n", plan.solver(),
                plan.trips().size(), requests.size(), plan.tripCost(), validation.valid() ? "valid" : "INVALID");
        plan.trips().forEach(trip -> out.printf("  %s at %s, %s: %s%n", trip.request(), trip.store(),
                trip.start().toLocalDateTime(), trip.reason()));
        plan.unassigned().stream().limit(3).forEach(unassigned -> {
            out.printf("  %s unassigned (priority %d):%n", unassigned.request(), unassigned.priority());
            unassigned.blockedBy().stream().limit(3).forEach(line -> out.println("    " + line));
        });
        out.println();
    }

    private void rebalance() {
        section("5. Network stock rebalancing and dead-stock revival");
        RebalanceSettings settings = RebalanceSettings.DEFAULT;
        RebalanceProblem problem = RebalanceProblem.of(network, settings, DriveIndex.of(network));
        RebalanceSolver solver = RebalanceSolvers.preferred();
        RebalancePlan plan = solver.solve(problem);
        RebalancePlan greedy = new GreedyRebalancer().solve(problem);
        PlanValidation validation = new RebalancePlanValidator(settings).validate(network, plan);
        out.printf("%s: %d moves on %d runs (freight %s), %d units, freight %s, net %s; %d dead units revived (%s); "
                + "%d incentive points; plan %s%n", plan.solver(), plan.moves().size(), plan.runs().size(),
                plan.freightMode() == FreightMode.PER_RUN ? "per run" : "per part", plan.unitsMoved(),
                plan.totalFreight(), plan.net(),
                plan.deadStockUnitsRevived(), plan.deadStockValueRevived(), plan.incentivePoints(),
                validation.valid() ? "valid" : "INVALID " + validation.violations());
        out.printf("greedy baseline: %d moves on %d runs, freight %s, net %s%n", greedy.moves().size(),
                greedy.runs().size(), greedy.totalFreight(), greedy.net());
        out.println("The five moves that earn most:");
        plan.moves().stream().sorted(Comparator.comparing(Move::net).reversed()).limit(5)
                .forEach(move -> out.println("  " + move.reason()));
        out.println();
    }

    private void whoCanHelp() {
        LiveNetwork live = LiveNetwork.of(network);
        section("4. Who can help right now? (the matching core)");
        TransferAdvisor advisor = TransferAdvisor.indexed(live, MatchSettings.DEFAULT);
        TransferRequest headlamps = TransferRequest.of(SHENZHEN, PartNumber.of("HL-FL"), 2);
        out.println("A Shenzhen customer waits for 2 front-left headlamps; Shenzhen's own 2 are its safety stock.");
        TransferAdvice advice = advisor.advise(headlamps);
        advice.options().forEach(option -> out.println("  " + option.reason() + ", freight " + option.freight()));
        TransferOption best = advice.best().orElseThrow();
        live.transfer(best.source().id(), SHENZHEN, headlamps.part(), best.quantity());
        out.printf("Booked: %s sends %d. Asked again, the network answers from the new stock:%n",
                best.source().name(), best.quantity());
        advisor.advise(headlamps).options().stream().limit(2)
                .forEach(option -> out.println("  " + option.reason()));
        out.println();

        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        TimeWindow day = TimeWindow.of(wednesday.atTime(9, 0).atOffset(network.asOf().getOffset()),
                wednesday.atTime(17, 0).atOffset(network.asOf().getOffset()));
        out.println("A battery fault in Shenzhen needs a T3 HV_SYSTEM technician on Wednesday " + wednesday + ":");
        TechnicianMatch technicians = TechnicianMatcher.indexed(live, MatchSettings.DEFAULT)
                .match(TechnicianRequest.of(SHENZHEN, Skill.HV_SYSTEM, Level.T3, day));
        technicians.options().forEach(option -> out.println("  " + option.reason()));
        technicians.misses().forEach(miss -> out.println("  ruled out: " + miss));
        out.println();

        out.printf("%s is at %s today; a body-and-paint customer (3 h) could go to a store within 2 h:%n",
                network.store(SHENZHEN).name(), network.capacity(SHENZHEN, network.today())
                        .map(today -> Math.round(today.utilization() * 100) + " %").orElse("an unknown load"));
        ReceivingMatch receiving = ReceivingStoreMatcher.indexed(live, MatchSettings.DEFAULT).match(
                ReceivingRequest.of(SHENZHEN, 3.0, Skill.BODY_PAINT, network.today()).withMaxDrive(Duration.ofHours(2)));
        receiving.options().forEach(option -> out.println("  " + option.reason()));
        receiving.misses().forEach(miss -> out.println("  ruled out: " + miss));
        out.println();
    }

    private void capacity() {
        CapacityMonitor monitor = new CapacityMonitor(network);
        LocalDate today = network.today();
        section("1. Capacity monitor, " + today + " (overloaded at 100 %, idle below 70 %)");
        out.print(monitor.dayTable(today).render());
        List<CapacityMonitor.Load> overloaded = monitor.inState(LoadState.OVERLOADED, today);
        List<CapacityMonitor.Load> idle = monitor.inState(LoadState.IDLE, today);
        out.printf("%nOverloaded today: %s. Idle today: %s.%n", names(overloaded), names(idle));
        out.println("The week ahead (R overloaded, Y healthy, G idle):");
        out.print(monitor.weekTable(List.copyOf(network.capacityDates())).render());
        out.println();
    }

    private void technicians() {
        TechnicianCapabilityMap map = new TechnicianCapabilityMap(network);
        section("2. Technician capability map: Shenzhen needs a T3 for a battery fault (HV_SYSTEM)");
        out.print(map.table(TechnicianQuery.ALL.withHome(SHENZHEN)).render());
        out.println();
        out.println("Every HV_SYSTEM technician at T3 in the network, nearest to Shenzhen first:");
        TechnicianQuery experts = TechnicianQuery.ALL.withSkill(Skill.HV_SYSTEM).withMinimumLevel(Level.T3)
                .withDriveFrom(SHENZHEN);
        out.print(map.table(experts).render());
        out.println();
    }

    private void stock() {
        SharedStockTable table = new SharedStockTable(network);
        section("3. Shared stock table: the playbook's parts in its four stores");
        out.print(table.table(List.of(PartNumber.of("HL-FL"), PartNumber.of("MIR-R"), PartNumber.of("WIPER")),
                PLAYBOOK_STORES).render());
        out.println();
        out.println("Stores holding unusually much (at least 3x the network mean): candidates for dead-stock "
                + "revival");
        out.print(table.pileTable(10).render());
        out.println();
    }

    private void section(String title) {
        out.println(title);
        out.println("=".repeat(title.length()));
    }

    private static String names(List<CapacityMonitor.Load> loads) {
        if (loads.isEmpty()) {
            return "none";
        }
        return String.join(", ", loads.stream().map(load -> load.store().name() + " "
                + Math.round(load.utilization() * 100) + "%").toList());
    }
}
