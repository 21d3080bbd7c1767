package dev.tandem.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the service.
 *
 * @param network the snapshot to seed an empty database with; empty for the bundled South China network
 * @param databaseUrl a JDBC URL (PostgreSQL in production); empty for the embedded H2 file database
 *        {@value #DEFAULT_DATABASE}
 * @param host the address to listen on
 * @param port the port to listen on; 0 for any free port
 * @param demo whether to seed the demo users and a sample booking history
 * @param tokenLifetime how long a login's token lives
 * @param pollMillis how often to read the change log when no notification came (the fallback path)
 * @param poolSize the database connections in the pool
 */
public record ServiceOptions(Optional<Path> network, Optional<String> databaseUrl, String host, int port,
        boolean demo, Duration tokenLifetime, long pollMillis, int poolSize) {

    /** The embedded database: a file under the working directory, written through on every commit. */
    public static final String DEFAULT_DATABASE =
            "jdbc:h2:file:./tandem-data/tandem;WRITE_DELAY=0;LOCK_TIMEOUT=10000;MAX_COMPACT_TIME=100;DB_CLOSE_ON_EXIT=FALSE";

    public ServiceOptions {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("The port (" + port + ") must be from 0 to 65535.");
        }
    }

    /** The defaults: bundled network, embedded database, demo users, port 8080 on all addresses. */
    public static ServiceOptions defaults() {
        return new ServiceOptions(Optional.empty(), Optional.empty(), "0.0.0.0", 8080, true, Duration.ofHours(12),
                500, 16);
    }

    public String jdbcUrl() {
        return databaseUrl.orElse(DEFAULT_DATABASE);
    }

    public ServiceOptions withNetwork(Path file) {
        return new ServiceOptions(Optional.of(file), databaseUrl, host, port, demo, tokenLifetime, pollMillis,
                poolSize);
    }

    /** Another database; demo mode stays as set. */
    public ServiceOptions withDatabase(String url) {
        return new ServiceOptions(network, Optional.of(url), host, port, demo, tokenLifetime, pollMillis, poolSize);
    }

    public ServiceOptions withPort(int newPort) {
        return new ServiceOptions(network, databaseUrl, host, newPort, demo, tokenLifetime, pollMillis, poolSize);
    }

    public ServiceOptions withHost(String newHost) {
        return new ServiceOptions(network, databaseUrl, newHost, port, demo, tokenLifetime, pollMillis, poolSize);
    }

    public ServiceOptions withDemo(boolean on) {
        return new ServiceOptions(network, databaseUrl, host, port, on, tokenLifetime, pollMillis, poolSize);
    }
}
