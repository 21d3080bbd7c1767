package dev.tandem.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.tandem.service.ServiceOptions;
import dev.tandem.service.TandemService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tandem serve}: the collaboration service, the platform as a server (see docs/service.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the collaboration service: the REST and JSON API with live updates, on the bundled "
                + "South China network and an embedded database unless told otherwise. Stops on Ctrl-C.",
                "Without --db the database is an H2 file under ./tandem-data and demo mode is on: demo users "
                        + "(hq / demo-hq, sz / demo-sz, ...) are created and printed. With --db demo mode is off "
                        + "unless --demo is given."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--network", paramLabel = "FILE", description = "The snapshot to seed an empty database with; "
            + "default: the bundled South China network. A database that holds a network already keeps it.")
    private Path network;

    @Option(names = "--db", paramLabel = "JDBC-URL", description = "The database, such as "
            + "jdbc:postgresql://localhost:5432/tandem?user=tandem&password=...; default: the embedded H2 file "
            + "./tandem-data/tandem.")
    private String database;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "The HTTP port "
            + "(default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0", description = "The address to "
            + "listen on (default: ${DEFAULT-VALUE}).")
    private String host;

    @Option(names = "--demo", negatable = true, description = "Seed the demo users and a sample booking history "
            + "(default: on without --db, off with it).")
    private Boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, not " + port);
        }
        ServiceOptions options = ServiceOptions.defaults().withPort(port).withHost(host);
        if (network != null) {
            options = options.withNetwork(network);
        }
        if (database != null) {
            options = options.withDatabase(database);
        }
        options = options.withDemo(demo != null ? demo : database == null);
        TandemService service;
        try {
            service = TandemService.start(options);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UserInputException(e.getMessage().lines().findFirst().orElse("The service cannot start."));
        }
        service.printBanner(spec.commandLine().getOut(), options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "tandem-serve-shutdown"));
        stopped.await();
        return 0;
    }
}
