package dev.tandem.service;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the service from the command line without the {@code tandem} CLI: {@code [--network FILE] [--db URL]
 * [--port N] [--host H] [--demo | --no-demo]}. Tests start it as a child process; users run {@code tandem serve}.
 */
public final class ServiceMain {

    private ServiceMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServiceOptions options = parse(args);
        TandemService service = TandemService.start(options);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        service.printBanner(out, options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "tandem-shutdown"));
        stopped.await();
    }

    /** Reads the options; a wrong one ends the program with a message and exit code 2. */
    static ServiceOptions parse(String[] args) {
        ServiceOptions options = ServiceOptions.defaults();
        Boolean demo = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--network" -> options = options.withNetwork(Path.of(value(args, ++i, arg)));
                case "--db" -> options = options.withDatabase(value(args, ++i, arg));
                case "--port" -> options = options.withPort(port(value(args, ++i, arg)));
                case "--host" -> options = options.withHost(value(args, ++i, arg));
                case "--demo" -> demo = true;
                case "--no-demo" -> demo = false;
                default -> fail("Unknown option (" + arg + ").");
            }
        }
        return options.withDemo(demo != null ? demo : options.databaseUrl().isEmpty());
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail("The port (" + text + ") must be a number from 0 to 65535.");
        return 0;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            fail("The option " + option + " needs a value.");
        }
        return args[index];
    }

    private static void fail(String message) {
        System.err.println("tandem-service: " + message
                + "\nUsage: [--network FILE] [--db JDBC-URL] [--port N] [--host H] [--demo | --no-demo]");
        System.exit(2);
    }
}
