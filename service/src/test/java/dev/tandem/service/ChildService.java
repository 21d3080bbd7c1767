package dev.tandem.service;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The service running in a child JVM, as a user runs it, so a test can kill it hard. */
public final class ChildService implements AutoCloseable {

    private final Process process;
    private final int port;

    private ChildService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the service on {@code databaseUrl} with a 512 MB heap and waits until it answers. */
    public static ChildService start(String databaseUrl, Path log) throws IOException, InterruptedException {
        return start(databaseUrl, log, List.of("-Xmx512m"));
    }

    /** Starts the service on {@code databaseUrl} in a JVM with {@code jvmOptions} and waits until it answers. */
    public static ChildService start(String databaseUrl, Path log, List<String> jvmOptions) throws IOException,
            InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServiceMain.class.getName(),
                "--db", databaseUrl, "--port", String.valueOf(port), "--host", "127.0.0.1", "--demo"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ChildService child = new ChildService(process, port);
        for (int attempt = 0; attempt < 300; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (ApiClient.anonymous(port).get("/health").status() == 200) {
                    return child;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        child.kill();
        throw new IllegalStateException("The service did not answer within 30 s; see " + log);
    }

    public int port() {
        return port;
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A graceful stop (SIGTERM: the shutdown hook closes the database). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
