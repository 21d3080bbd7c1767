package dev.tandem.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.dashboard.DashboardRenderer;
import dev.tandem.sample.internal.SampleDashboards;

/**
 * The dashboard as a person sees it: the sample dashboard opened in headless Chromium, which must render it with
 * every chart and without a single console message (the page has no script, so any message is a blocked fetch or
 * an error). The screenshot stays in {@code target/dashboard-screenshot.png} to look at.
 *
 * <p>Needs a Chromium or Chrome on the PATH ({@code apt-get install chromium}; {@code .ci/run} installs it). Without
 * one the test is skipped on a developer's machine, and fails where the environment variable {@code CI} is set or
 * the system property {@code tandem.requireBrowser} is {@code true}.
 */
class DashboardBrowserIT {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1000;
    private static final long TIMEOUT_SECONDS = 120;

    private static Path browser;
    private static DashboardData data;
    private static Path page;

    @TempDir
    Path scratch;

    @BeforeAll
    static void findBrowserAndWriteTheDashboard() throws IOException {
        Optional<Path> found = findBrowser();
        boolean required = System.getenv("CI") != null || Boolean.getBoolean("tandem.requireBrowser");
        if (found.isEmpty()) {
            String message = "No browser found on the PATH (looked for " + String.join(", ", BROWSERS) + "). "
                    + "Install one with: apt-get install -y chromium";
            if (required) {
                fail(message + " (required: CI is set or -Dtandem.requireBrowser=true)");
            }
            Assumptions.abort(message);
        }
        browser = found.get();
        data = SampleDashboards.southChina();
        Path target = Path.of("target");
        Files.createDirectories(target);
        page = target.resolve("dashboard.html").toAbsolutePath();
        Files.writeString(page, new DashboardRenderer().render(data), StandardCharsets.UTF_8);
    }

    @Test
    void theDashboardRendersEveryChartWithoutAConsoleMessage() throws IOException, InterruptedException {
        Browsed browsed = browse(page, "--dump-dom");

        String dom = browsed.stdout();
        assertThat(dom).contains("<svg id=\"heatmap\"", "<svg id=\"transfers\"", "<svg id=\"ranking\"",
                "<table id=\"breaches\"");
        assertThat(count(dom, "stroke-dasharray=\"3 2\"><title>")).as("forecast cells").isEqualTo(15 * 7);
        assertThat(count(dom, "<circle ")).as("transfer circles").isEqualTo(data.transfers().size()).isPositive();
        assertThat(count(dom, "<tr><td>")).as("breach rows").isEqualTo(data.breaches().size()).isPositive();
        assertThat(consoleMessages(browsed.stderr())).as("console messages").isEmpty();
    }

    @Test
    void theConsoleCheckSeesABlockedFetch() throws IOException, InterruptedException {
        // the control: the same policy as the dashboard, and an image that it forbids loading (nothing is fetched)
        Path control = Files.writeString(scratch.resolve("control.html"), "<!DOCTYPE html><html><head>"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head>"
                + "<body><img src=\"http://example.invalid/x.png\" alt=\"\"></body></html>", StandardCharsets.UTF_8);

        Browsed browsed = browse(control, "--dump-dom");

        assertThat(consoleMessages(browsed.stderr())).singleElement().asString()
                .contains("violates the following Content Security Policy directive");
    }

    @Test
    void theScreenshotShowsTheChartsInTheirColours() throws IOException, InterruptedException {
        Path screenshot = Path.of("target", "dashboard-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);

        browse(page, "--screenshot=" + screenshot, "--window-size=" + WIDTH + "," + HEIGHT,
                "--hide-scrollbars");

        assertThat(screenshot).exists();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).as("distinct colours of a page that is not blank").hasSizeGreaterThan(100);
        // the heat map's overloaded, healthy and idle cells, and the ranking's gold bars, are on the first screen
        assertThat(colours).as("heat-map and ranking colours").contains(0xD64541, 0xF2B134, 0x3FA66B, 0xD4A017);
    }

    private record Browsed(String stdout, String stderr) {
    }

    private Browsed browse(Path file, String... options) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(scratch, "profile");
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(options));
        command.add(file.toUri().toString());
        Path out = scratch.resolve("out-" + System.nanoTime() + ".txt");
        Path err = scratch.resolve("err-" + System.nanoTime() + ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("The browser did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code of %s; its output:%n%s", command, stderr).isZero();
        return new Browsed(Files.readString(out, StandardCharsets.UTF_8), stderr);
    }

    /** Chromium logs each console message as {@code [...:INFO:CONSOLE(12)] "text", source: ...}. */
    private static List<String> consoleMessages(String stderr) {
        return stderr.lines().filter(line -> line.contains(":CONSOLE")).toList();
    }

    private static Optional<Path> findBrowser() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : BROWSERS) {
            Optional<Path> found = Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                    .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
