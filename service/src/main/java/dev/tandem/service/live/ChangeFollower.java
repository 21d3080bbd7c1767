package dev.tandem.service.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.TechnicianId;
import dev.tandem.service.store.Change;
import dev.tandem.service.store.ChangeLog;
import dev.tandem.service.store.Database;
import dev.tandem.service.store.LedgerStore;
import dev.tandem.service.store.LedgerStore.RecordRow;
import dev.tandem.service.store.NetworkStore;
import dev.tandem.service.store.NetworkStore.StockRow;
import dev.tandem.service.store.NetworkStore.TechnicianRow;
import dev.tandem.service.store.Tx;

/**
 * Keeps this instance's {@link LiveState} equal to the database and turns every committed change into a
 * {@link LiveEvent}. It reads the change log in sequence order from the last change it applied, re-reads the rows
 * each change touched, applies them and publishes the event.
 *
 * <p>It runs when this instance commits (so a client reads its own writes), when PostgreSQL notifies a change
 * made by another instance, and every {@code pollMillis} as a fallback for a lost notification or an H2 database
 * that has none.
 */
public final class ChangeFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFollower.class);
    private static final int BATCH = 500;

    private final Database database;
    private final LiveState live;
    private final EventHub hub;
    private final long pollMillis;
    private final AtomicLong applied;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean running = true;
    private Thread thread;

    public ChangeFollower(Database database, LiveState live, EventHub hub, long appliedUpTo, long pollMillis) {
        this.database = database;
        this.live = live;
        this.hub = hub;
        this.pollMillis = pollMillis;
        this.applied = new AtomicLong(appliedUpTo);
    }

    /** The last sequence number applied to the live state. */
    public long applied() {
        return applied.get();
    }

    /** Starts following in the background: LISTEN on PostgreSQL, polling on both. */
    public void start(String jdbcUrl) {
        thread = new Thread(() -> follow(jdbcUrl), "tandem-change-follower");
        thread.setDaemon(true);
        thread.start();
    }

    /** Applies every change up to at least {@code seq} before returning. */
    public void catchUp(long seq) {
        if (applied.get() < seq) {
            catchUp();
        }
    }

    /** Applies every change committed so far. */
    public void catchUp() {
        lock.lock();
        try {
            while (true) {
                long from = applied.get();
                List<LiveEvent> events = database.read(tx -> read(tx, from));
                for (LiveEvent event : events) {
                    apply(event);
                    applied.set(event.seq());
                    hub.publish(event);
                }
                if (events.size() < BATCH) {
                    return;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The events after {@code since}, up to what this instance has applied, for a client that reconnects. */
    public List<LiveEvent> backlog(long since, int limit) {
        long upTo = applied.get();
        return database.read(tx -> read(tx, since)).stream().filter(event -> event.seq() <= upTo).limit(limit)
                .toList();
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void apply(LiveEvent event) {
        try {
            event.stock().forEach(live::apply);
            event.capacity().forEach(live::apply);
            event.technicians().forEach(live::apply);
            event.record().ifPresent(live::apply);
        } catch (RuntimeException e) {
            // the database is right and the indexes are not: say so loudly, keep following
            LOG.error("Change {} ({}) did not apply to the in-memory network: {}", event.seq(), event.type(),
                    e.getMessage());
        }
    }

    private static List<LiveEvent> read(Tx tx, long from) throws SQLException {
        List<LiveEvent> events = new ArrayList<>();
        for (ChangeLog.Entry entry : ChangeLog.since(tx, from, BATCH)) {
            Change change = entry.change();
            List<StockRow> stock = new ArrayList<>();
            for (Change.StockRef ref : change.stock()) {
                NetworkStore.stock(tx, ref.store(), ref.part()).ifPresent(stock::add);
            }
            List<CapacityDay> capacity = new ArrayList<>();
            for (Change.CapacityRef ref : change.capacity()) {
                NetworkStore.capacity(tx, ref.store(), ref.date()).ifPresent(capacity::add);
            }
            List<TechnicianRow> technicians = new ArrayList<>();
            for (String id : change.technicians()) {
                NetworkStore.technician(tx, TechnicianId.of(id)).ifPresent(technicians::add);
            }
            Optional<RecordRow> record = change.record().isPresent()
                    ? LedgerStore.find(tx, change.record().get()) : Optional.empty();
            events.add(new LiveEvent(entry.seq(), change.type(), entry.at(), record, change.plan(), stock, capacity,
                    technicians));
        }
        return events;
    }

    private void follow(String jdbcUrl) {
        Connection listener = null;
        while (running) {
            try {
                if (database.dialect() == Database.Dialect.POSTGRESQL) {
                    if (listener == null || listener.isClosed()) {
                        listener = DriverManager.getConnection(jdbcUrl);
                        try (Statement statement = listener.createStatement()) {
                            statement.execute("LISTEN " + ChangeLog.CHANNEL);
                        }
                    }
                    // wakes on a notification, or after pollMillis at the latest
                    listener.unwrap(PGConnection.class).getNotifications((int) pollMillis);
                } else {
                    Thread.sleep(pollMillis);
                }
                catchUp();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                LOG.warn("Following the change log failed, retrying: {}", e.getMessage());
                closeQuietly(listener);
                listener = null;
                sleep();
            }
        }
        closeQuietly(listener);
    }

    private void sleep() {
        try {
            Thread.sleep(pollMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken listener connection: nothing left to do
            }
        }
    }
}
