package dev.tandem.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.tandem.io.snapshot.SnapshotJson;
import dev.tandem.match.MatchSettings;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.HistoryGenerator;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.service.auth.Authenticator;
import dev.tandem.service.auth.DemoUsers;
import dev.tandem.service.auth.Passwords;
import dev.tandem.service.flow.ActionRunner;
import dev.tandem.service.flow.DiversionFlow;
import dev.tandem.service.flow.NetworkUpdates;
import dev.tandem.service.flow.PlanEffects;
import dev.tandem.service.flow.SupportFlow;
import dev.tandem.service.flow.TransferFlow;
import dev.tandem.service.http.ApiParts;
import dev.tandem.service.http.ApiServer;
import dev.tandem.service.live.ChangeFollower;
import dev.tandem.service.live.EventHub;
import dev.tandem.service.live.LiveState;
import dev.tandem.service.plan.PlanJobs;
import dev.tandem.service.report.Reports;
import dev.tandem.service.store.ChangeLog;
import dev.tandem.service.store.Database;
import dev.tandem.service.store.HistoryStore;
import dev.tandem.service.store.NetworkStore;
import dev.tandem.service.store.UserStore;

/**
 * The collaboration service: the platform of the playbook as a server around the library. It opens (and
 * migrates) the database, seeds it with a network when empty, builds this instance's live indexes from it,
 * follows the change log, and serves the API. Several instances can serve one PostgreSQL database.
 */
public final class TandemService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TandemService.class);
    /** Weeks of sample booking history seeded in demo mode, for the forecast. */
    private static final int DEMO_HISTORY_WEEKS = 12;

    private final Database database;
    private final ChangeFollower follower;
    private final PlanJobs plans;
    private final ApiServer server;
    private final LiveState live;
    private final List<DemoUsers.Account> demoAccounts;

    private TandemService(Database database, ChangeFollower follower, PlanJobs plans, ApiServer server,
            LiveState live, List<DemoUsers.Account> demoAccounts) {
        this.database = database;
        this.follower = follower;
        this.plans = plans;
        this.server = server;
        this.live = live;
        this.demoAccounts = demoAccounts;
    }

    /**
     * Starts a service as {@code options} say.
     *
     * @throws IllegalArgumentException for a network file that is not a valid snapshot, or an unknown database
     */
    public static TandemService start(ServiceOptions options) {
        return start(options, Clock.systemUTC());
    }

    public static TandemService start(ServiceOptions options, Clock clock) {
        Database database = Database.open(options.jdbcUrl(), options.poolSize());
        try {
            NetworkSnapshot seed = seedNetwork(options);
            List<DemoUsers.Account> accounts = database.inTransaction(tx -> {
                if (!NetworkStore.isSeeded(tx)) {
                    NetworkStore.seed(tx, seed, java.time.OffsetDateTime.now(clock));
                    LOG.info("Seeded the database with the network of {} stores.", seed.storeCount());
                }
                Optional<String> hqPassword = Optional.ofNullable(System.getenv("TANDEM_HQ_PASSWORD"));
                if (hqPassword.isPresent() && UserStore.byName(tx, "hq").isEmpty()) {
                    UserStore.insert(tx, "hq", Passwords.hash(hqPassword.get()), "HQ", null, false);
                }
                if (!options.demo()) {
                    return List.of();
                }
                NetworkSnapshot base = NetworkStore.base(tx);
                if (HistoryStore.all(tx).isEmpty()) {
                    HistoryStore.replace(tx, HistoryGenerator.generate(base, DEMO_HISTORY_WEEKS, 1).days());
                }
                return DemoUsers.seed(tx, base);
            });
            if (options.network().isPresent()) {
                warnIfOtherNetwork(database, seed);
            }
            long seq = database.read(ChangeLog::last);
            LiveState live = database.read(tx -> LiveState.load(tx, MatchSettings.DEFAULT));
            NetworkSnapshot base = live.base();
            EventHub hub = new EventHub();
            ChangeFollower follower = new ChangeFollower(database, live, hub, seq, options.pollMillis());
            String instance = "i-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            ActionRunner runner = new ActionRunner(database, follower, clock);
            TransferFlow transfers = new TransferFlow(base);
            SupportFlow support = new SupportFlow(base);
            DiversionFlow diversions = new DiversionFlow(base);
            PlanJobs plans = new PlanJobs(database, follower, live, clock, instance,
                    new PlanEffects(transfers, support, diversions));
            Authenticator authenticator = new Authenticator(database, clock, options.tokenLifetime());
            ApiParts parts = new ApiParts(database, live, follower, hub, runner, new NetworkUpdates(base), transfers,
                    support, diversions, plans, new Reports(database, live, clock));
            ApiServer server = ApiServer.create(options.host(), options.port(), authenticator, parts).start();
            follower.start(options.jdbcUrl());
            return new TandemService(database, follower, plans, server, live, accounts);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Every route the API serves, as {@code "GET /api/records/{id}"}. */
    public List<String> routes() {
        return server.routes();
    }

    /** The port the API listens on. */
    public int port() {
        return server.port();
    }

    public Database database() {
        return database;
    }

    public LiveState live() {
        return live;
    }

    /** The demo users seeded at start, empty unless in demo mode. */
    public List<DemoUsers.Account> demoAccounts() {
        return demoAccounts;
    }

    /** Prints where the service listens and, in demo mode, the demo users with a warning. */
    public void printBanner(PrintWriter out, ServiceOptions options) {
        out.printf("Tandem collaboration service on http://localhost:%d (API /api, OpenAPI /openapi.json)%n", port());
        out.printf("network: %d stores, %d technicians, %d parts; database: %s%n", live.base().storeCount(),
                live.base().technicianCount(), live.base().partCount(), database.displayUrl());
        if (!demoAccounts.isEmpty()) {
            out.println("WARNING: demo mode. These demo users exist with well-known passwords; never use demo mode "
                    + "with real data (--no-demo):");
            out.printf("  hq / demo-hq (HQ); store staff: %s ...%n", demoAccounts.stream().skip(1).limit(3)
                    .map(account -> account.username() + " / " + account.password()).toList());
        } else if (options.databaseUrl().isPresent()) {
            out.println("Users: set TANDEM_HQ_PASSWORD at the first start to create the HQ user (hq); HQ creates the "
                    + "others with POST /api/users.");
        }
        out.flush();
    }

    @Override
    public void close() {
        server.stop();
        plans.close();
        follower.close();
        database.close();
    }

    private static NetworkSnapshot seedNetwork(ServiceOptions options) {
        if (options.network().isEmpty()) {
            return SampleNetworks.southChina();
        }
        try {
            return SnapshotJson.read(options.network().get());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the network file " + options.network().get() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void warnIfOtherNetwork(Database database, NetworkSnapshot seed) {
        NetworkSnapshot stored = database.read(NetworkStore::base);
        if (!stored.stores().equals(seed.stores()) || !stored.parts().equals(seed.parts())) {
            LOG.warn("The database already holds a network ({} stores); the --network file ({} stores) is ignored.",
                    stored.storeCount(), seed.storeCount());
        }
    }
}
