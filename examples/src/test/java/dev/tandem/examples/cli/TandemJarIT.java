package dev.tandem.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code tandem.jar} as a user would, in its own JVM. */
class TandemJarIT {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run tandem(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("tandem.jar");
        assertThat(jar).as("the tandem.jar system property set by failsafe").isNotBlank();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("tandem finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void serveStartsTheServiceFromTheJarWithNothingToInstall() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("serve.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("tandem.jar"), "serve", "--port", String.valueOf(port), "--host",
                "127.0.0.1").directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<String> login = null;
            for (int attempt = 0; attempt < 300 && login == null; attempt++) {
                try {
                    login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                            + port + "/api/login")).POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"sz\",\"password\":\"demo-sz\"}")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(login).as(Files.readString(log)).isNotNull();
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("\"token\"", "\"store\":\"SZ\"");
            assertThat(Files.readString(log)).contains("http://localhost:" + port, "WARNING: demo mode",
                    "hq / demo-hq");
            assertThat(dir.resolve("tandem-data")).isDirectory();
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void demoRunsFromTheJar() throws Exception {
        Path html = dir.resolve("dashboard.html");
        Run run = tandem("demo", "--html", html.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(html).content().contains("<svg", "26 weeks simulated");
        assertThat(run.out()).contains("Tandem demo: the South China network", "OVERLOADED (red)", "Wang Qiang",
                "26 weeks, 15 stores, seeds [1, 2, 3]", "| customers facing a wait over 3.7 h |",
                "| value created (CNY, retained × lifetime value − cost) |", "Fitted in", "Each lever measured");
    }

    @Test
    void generatedSnapshotValidatesAndABrokenOneExitsWithTwoAndNoStackTrace() throws Exception {
        Path generated = dir.resolve("net.json");
        assertThat(tandem("generate", "--stores", "15", "--parts", "100", "--technicians", "40", "--out",
                generated.toString()).exitCode()).isZero();
        assertThat(tandem("validate", generated.toString()).out()).contains("is valid: 15 stores");

        Path broken = Files.writeString(dir.resolve("broken.json"),
                Files.readString(generated).replaceFirst("\"dailyCapacity\": \\d+", "\"dailyCapacity\": 0"));
        Run run = tandem("validate", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("stores[0].dailyCapacity: 0 must be positive").doesNotContain("\tat ");
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        Run run = tandem("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unexpected argument 'frobnicate'").contains("see 'tandem --help'")
                .doesNotContain("\tat ");
    }
}
