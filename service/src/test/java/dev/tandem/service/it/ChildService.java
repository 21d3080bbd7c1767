package dev.tandem.service.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.tandem.service.ApiClient;
import dev.tandem.service.ServiceMain;

/** The service running in a child JVM, as a user runs it, so a test can kill it hard. */
final class ChildService implements AutoCloseable {

    private final Process process;
    private final int port;

    private ChildService(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the service on {@code databaseUrl} and waits until it answers. */
    static ChildService start(String databaseUrl, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), ServiceMain.class.getName(),
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

    int port() {
        return port;
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
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
