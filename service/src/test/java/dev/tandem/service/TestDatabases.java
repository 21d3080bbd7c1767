package dev.tandem.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the tests run against: an H2 file in a temporary folder, and PostgreSQL when
 * {@code TANDEM_TEST_PG_URL} names one (each test class in a schema of its own). Under CI
 * ({@code CI=true}) a missing PostgreSQL fails the tests instead of skipping them.
 */
public final class TestDatabases {

    public static final String PG_URL_VARIABLE = "TANDEM_TEST_PG_URL";

    private TestDatabases() {
    }

    public static String h2(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("tandem").toAbsolutePath()
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;MAX_COMPACT_TIME=100;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** The PostgreSQL URL from the environment, or the test is aborted (failed under CI) with a visible warning. */
    public static String postgresBase() {
        Optional<String> url = Optional.ofNullable(System.getenv(PG_URL_VARIABLE)).filter(text -> !text.isBlank());
        if (url.isEmpty()) {
            String message = PG_URL_VARIABLE + " is not set, so the PostgreSQL tests cannot run.\n"
                    + "Set it, such as jdbc:postgresql://localhost:5432/tandem_test?user=tandem&password=tandem "
                    + "(.ci/run starts one).";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("Under CI the PostgreSQL tests must run: " + message);
            }
            System.err.println("WARNING: SKIPPING POSTGRESQL TESTS: " + message);
            Assumptions.abort(message);
        }
        return url.get();
    }

    /** A fresh schema on the PostgreSQL test database, and the URL that uses it. */
    public static String postgresSchema() {
        String base = postgresBase();
        String schema = "t_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(base);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a schema on " + PG_URL_VARIABLE + ": " + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops a schema made by {@link #postgresSchema()}. */
    public static void dropSchema(String url) {
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        try (Connection connection = DriverManager.getConnection(postgresBase());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }
}
