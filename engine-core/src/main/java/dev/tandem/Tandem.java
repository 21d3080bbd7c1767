package dev.tandem;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.deadstock.DeadStockReport;
import dev.tandem.deadstock.DeadStockRule;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.dispatch.DispatchPlanValidator;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.divert.DiversionPlan;
import dev.tandem.divert.DiversionPlanValidator;
import dev.tandem.divert.DiversionPlanner;
import dev.tandem.divert.DiversionProblem;
import dev.tandem.divert.DiversionSettings;
import dev.tandem.divert.Job;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.forecast.CapacityForecaster;
import dev.tandem.forecast.ForecastSettings;
import dev.tandem.job.SolveJob;
import dev.tandem.job.SolveLimits;
import dev.tandem.ledger.EventLog;
import dev.tandem.ledger.Ledger;
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
import dev.tandem.match.TransferRequest;
import dev.tandem.model.PlanValidation;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.report.IsoWeek;
import dev.tandem.report.ReportSettings;
import dev.tandem.report.WeeklyReport;
import dev.tandem.travel.TravelModel;
import dev.tandem.view.CapacityMonitor;
import dev.tandem.view.SharedStockTable;
import dev.tandem.view.TechnicianCapabilityMap;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one entry point for a host application: built once from a snapshot, it answers "who can help right now?",
 * takes the day's live updates, plans rebalancing, dispatch and diversion as {@link SolveJob}s on the host's
 * executor, and keeps the collaboration ledger.
 *
 * <pre>{@code
 * try (Tandem tandem = Tandem.builder(network).build()) {
 *     TransferAdvice advice = tandem.adviseTransfer(TransferRequest.of(StoreId.of("SZ"), PartNumber.of("HL-FL"), 2));
 *     SolveJob<RebalancePlan> job = tandem.rebalance(SolveLimits.of(Duration.ofSeconds(10)));
 *     RebalancePlan plan = job.result().join();
 * }
 * }</pre>
 *
 * <p><b>Threads.</b> Thread-safe: queries and live updates may run from any number of threads at once (the live
 * network's updates are atomic, queries see each update whole); solves run on the executor given to the builder
 * (by default a bounded pool of the facade's own, shut down by {@link #close()}), each on the snapshot of the live
 * state taken when it starts.
 *
 * <p><b>Solvers.</b> Each engine's solver is chosen with a {@link SolverChoice}: by default the best on the class
 * path (engine-solvers' optimizing ones when present, else the core's greedy baselines), or one by name. Solvers
 * are found once, when the facade is built, and reused by every solve.
 */
public final class Tandem implements AutoCloseable {

    private final LiveNetwork live;
    private final Settings settings;
    private final Executor executor;
    private final Optional<ExecutorService> ownExecutor;
    private final Engines engines;
    private final Ledger ledger;
    private final TransferAdvisor transfers;
    private final TechnicianMatcher technicians;
    private final ReceivingStoreMatcher receivers;

    private Tandem(Builder builder) {
        this.live = LiveNetwork.of(builder.network);
        this.settings = new Settings(builder.match, builder.rebalance, builder.dispatch, builder.diversion,
                builder.forecast, builder.report);
        if (builder.executor == null) {
            ExecutorService pool = ownPool(builder.solverThreads);
            this.executor = pool;
            this.ownExecutor = Optional.of(pool);
        } else {
            this.executor = builder.executor;
            this.ownExecutor = Optional.empty();
        }
        this.engines = new Engines(Engines.rebalancer(builder.rebalanceSolver),
                Engines.dispatcher(builder.dispatchSolver), Engines.assigner(builder.assignmentSolver));
        this.ledger = builder.eventLog == null ? Ledger.of(builder.network) : Ledger.of(builder.network,
                builder.eventLog);
        this.transfers = TransferAdvisor.indexed(live, settings.match());
        this.technicians = TechnicianMatcher.indexed(live, settings.match());
        this.receivers = ReceivingStoreMatcher.indexed(live, settings.match());
    }

    /** A facade on {@code network} with the defaults: best available solvers, playbook settings, its own pool. */
    public static Tandem of(NetworkSnapshot network) {
        return builder(network).build();
    }

    public static Builder builder(NetworkSnapshot network) {
        return new Builder(network);
    }

    // ---- the three views, of the live state now ----

    /** The network as it stands now: the snapshot with every live update applied. */
    public NetworkSnapshot snapshot() {
        return live.snapshot();
    }

    /** View one: who can do what, where, and when they are free to support. */
    public TechnicianCapabilityMap technicianMap() {
        return new TechnicianCapabilityMap(snapshot());
    }

    /** View two: who holds how much of each part, and the unusual piles. */
    public SharedStockTable stockTable() {
        return new SharedStockTable(snapshot());
    }

    /** View three: every store's load per day. */
    public CapacityMonitor capacityMonitor() {
        return new CapacityMonitor(snapshot(), settings.match().thresholds());
    }

    // ---- who can help right now? ----

    /** Which stores can send the part, ranked, with the reasons; a split when no single store can. */
    public TransferAdvice adviseTransfer(TransferRequest request) {
        return transfers.advise(request);
    }

    /** Which technicians of other stores can come, ranked, with their subsidy bands. */
    public TechnicianMatch findTechnicians(TechnicianRequest request) {
        return technicians.match(request);
    }

    /** Which nearby stores can take a customer that day, ranked by drive. */
    public ReceivingMatch findReceivingStores(ReceivingRequest request) {
        return receivers.match(request);
    }

    /**
     * The live network, for the day's updates (stock received, consumed and transferred, bookings, technician
     * status and trips); every update is atomic and seen whole by the queries above.
     */
    public LiveNetwork live() {
        return live;
    }

    // ---- plans, as jobs ----

    /** Plans stock rebalancing and dead-stock revival on the live state now, with the facade's settings. */
    public SolveJob<RebalancePlan> rebalance(SolveLimits limits) {
        Objects.requireNonNull(limits, "limits");
        NetworkSnapshot network = snapshot();
        RebalanceProblem problem = RebalanceProblem.of(network, settings.rebalance(), live.drives());
        return SolveJob.start(engines.rebalancerName(), executor,
                control -> engines.rebalance(problem, limits, control));
    }

    /** Dispatches support requests to technicians of other stores on the live state now. */
    public SolveJob<DispatchPlan> dispatch(List<SupportRequest> requests, SolveLimits limits) {
        Objects.requireNonNull(limits, "limits");
        DispatchProblem problem = DispatchProblem.of(snapshot(), requests, settings.dispatch(), live.drives());
        return SolveJob.start(engines.dispatcherName(), executor, control -> engines.dispatch(problem, limits, control));
    }

    /** Plans which waiting or booked customers to offer another store, on the live state now. */
    public SolveJob<DiversionPlan> divert(List<Job> jobs, SolveLimits limits) {
        Objects.requireNonNull(limits, "limits");
        DiversionProblem problem = DiversionProblem.of(snapshot(), jobs, settings.diversion(), live.drives());
        return SolveJob.start(engines.assignerName(), executor, control -> {
            AssignmentSolver solver = engines.assigner();
            return new DiversionPlanner(solver).planOf(problem,
                    engines.assign(problem.assignment(), limits, control));
        });
    }

    // ---- independent checks of plans ----

    /** Checks a rebalancing plan against the snapshot it was made for, with the facade's settings. */
    public PlanValidation validate(NetworkSnapshot network, RebalancePlan plan) {
        return new RebalancePlanValidator(settings.rebalance()).validate(network, plan);
    }

    /** Checks a dispatch plan against the snapshot and requests it was made for. */
    public PlanValidation validate(NetworkSnapshot network, List<SupportRequest> requests, DispatchPlan plan) {
        DispatchSettings dispatch = settings.dispatch();
        return new DispatchPlanValidator(dispatch.leadDays(), dispatch.minOnDutyAtHome(), dispatch.thresholds())
                .validate(network, requests, plan);
    }

    /** Checks a diversion plan against the snapshot and jobs it was made for. */
    public PlanValidation validateDiversion(NetworkSnapshot network, List<Job> jobs, DiversionPlan plan) {
        return new DiversionPlanValidator(settings.diversion()).validate(network, jobs, plan);
    }

    // ---- early warnings ----

    /** The dead stock of the live state now, by the given rule. */
    public DeadStockReport deadStock(DeadStockRule rule) {
        return DeadStockReport.of(snapshot(), rule);
    }

    /** The capacity pressure of the coming days, forecast from {@code history}, with overload warnings. */
    public CapacityForecast forecast(BookingHistory history) {
        return new CapacityForecaster(settings.forecast()).forecast(snapshot(), history);
    }

    // ---- the ledger ----

    /** The collaboration ledger: every transfer, support trip, diversion and revival with its life cycle. */
    public Ledger ledger() {
        return ledger;
    }

    /** The weekly collaboration report of {@code week}, read from the ledger. */
    public WeeklyReport weeklyReport(IsoWeek week, OffsetDateTime asOf) {
        return WeeklyReport.of(ledger.state(), week, asOf, settings.report());
    }

    /** The names of the solvers in use: rebalancing, dispatch, assignment (diversion). */
    public List<String> solverNames() {
        return List.of(engines.rebalancerName(), engines.dispatcherName(), engines.assignerName());
    }

    /** Shuts down the facade's own solver pool, if it made one; running solves are asked to stop. */
    @Override
    public void close() {
        ownExecutor.ifPresent(ExecutorService::shutdownNow);
    }

    private static ExecutorService ownPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), new ThreadFactoryBuilder().setDaemon(true)
                        .setNameFormat("tandem-solve-%d").build());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The settings of every engine; the playbook's defaults unless the builder was given others. */
    private record Settings(MatchSettings match, RebalanceSettings rebalance, DispatchSettings dispatch,
            DiversionSettings diversion, ForecastSettings forecast, ReportSettings report) {
    }

    /** Builds a {@link Tandem}; every setting is optional. Not thread-safe; build once, then share the facade. */
    public static final class Builder {

        private NetworkSnapshot network;
        private MatchSettings match = MatchSettings.DEFAULT;
        private RebalanceSettings rebalance = RebalanceSettings.DEFAULT;
        private DispatchSettings dispatch = DispatchSettings.DEFAULT;
        private DiversionSettings diversion = DiversionSettings.DEFAULT;
        private ForecastSettings forecast = ForecastSettings.DEFAULT;
        private ReportSettings report = ReportSettings.DEFAULT;
        private Executor executor;
        private int solverThreads = 1;
        private EventLog eventLog;
        private SolverChoice rebalanceSolver = SolverChoice.bestAvailable();
        private SolverChoice dispatchSolver = SolverChoice.bestAvailable();
        private SolverChoice assignmentSolver = SolverChoice.bestAvailable();

        private Builder(NetworkSnapshot network) {
            this.network = Objects.requireNonNull(network, "network");
        }

        /** Replaces the snapshot's travel model, such as with a road-distance matrix from a routing service. */
        public Builder travel(TravelModel travel) {
            Objects.requireNonNull(travel, "travel");
            this.network = NetworkSnapshot.builder().asOf(network.asOf()).travel(travel)
                    .addStores(network.stores()).addTechnicians(network.technicians()).addParts(network.parts())
                    .addStock(network.stock()).addCapacity(network.capacity()).build();
            return this;
        }

        public Builder matchSettings(MatchSettings settings) {
            this.match = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder rebalanceSettings(RebalanceSettings settings) {
            this.rebalance = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder dispatchSettings(DispatchSettings settings) {
            this.dispatch = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder diversionSettings(DiversionSettings settings) {
            this.diversion = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder forecastSettings(ForecastSettings settings) {
            this.forecast = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder reportSettings(ReportSettings settings) {
            this.report = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Runs solves on the host's executor instead of the facade's own pool; the host owns it and shuts it down.
         */
        public Builder executor(Executor hostExecutor) {
            this.executor = Objects.requireNonNull(hostExecutor, "hostExecutor");
            return this;
        }

        /** The threads of the facade's own pool, when no executor is given: 1 by default, so solves queue. */
        public Builder solverThreads(int threads) {
            checkArgument(threads > 0, "The solverThreads (%s) must be positive.", threads);
            this.solverThreads = threads;
            return this;
        }

        /** Makes the ledger durable: every event it accepts is appended to {@code log} first. */
        public Builder eventLog(EventLog log) {
            this.eventLog = Objects.requireNonNull(log, "log");
            return this;
        }

        public Builder rebalanceSolver(SolverChoice choice) {
            this.rebalanceSolver = Objects.requireNonNull(choice, "choice");
            return this;
        }

        public Builder dispatchSolver(SolverChoice choice) {
            this.dispatchSolver = Objects.requireNonNull(choice, "choice");
            return this;
        }

        /** The capacitated-assignment solver, which diversion uses. */
        public Builder assignmentSolver(SolverChoice choice) {
            this.assignmentSolver = Objects.requireNonNull(choice, "choice");
            return this;
        }

        /**
         * @throws IllegalArgumentException if a solver asked for by name is not on the class path, naming the ones
         *     that are
         */
        public Tandem build() {
            return new Tandem(this);
        }
    }
}
