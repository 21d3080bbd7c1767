package dev.tandem.service.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driven by Debian's {@code chromedriver}, each browser with a fresh profile. Without a browser
 * or its driver the tests are skipped with a warning naming what is missing; under CI ({@code CI=true}) they fail.
 */
final class Browsers implements AutoCloseable {

    private static final List<String> CHROMIUM = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium",
            "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final String INSTALL = "Install them with: apt-get install -y chromium chromium-driver";

    private final Path chromium;
    private final Path driver;
    private final Path profiles;
    private final List<ChromeDriver> open = new ArrayList<>();

    private Browsers(Path chromium, Path driver, Path profiles) {
        this.chromium = chromium;
        this.driver = driver;
        this.profiles = profiles;
    }

    /** Finds Chromium and chromedriver, or skips (fails under CI) naming the missing binary. */
    static Browsers findOrSkip(Path profiles) {
        Optional<Path> chromium = first(CHROMIUM);
        Optional<Path> driver = first(DRIVER);
        List<String> missing = new ArrayList<>();
        if (chromium.isEmpty()) {
            missing.add("chromium (looked for " + String.join(", ", CHROMIUM) + ")");
        }
        if (driver.isEmpty()) {
            missing.add("chromedriver (looked for " + String.join(", ", DRIVER) + ")");
        }
        if (!missing.isEmpty()) {
            String message = "The console's browser test cannot run: missing " + String.join(" and ", missing)
                    + ". " + INSTALL + ".";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("Under CI the browser test must run. " + message);
            }
            System.err.println("WARNING: SKIPPING THE CONSOLE BROWSER TEST. " + message);
            Assumptions.abort(message);
        }
        return new Browsers(chromium.get(), driver.get(), profiles);
    }

    /** A new headless browser with its own profile, preferring {@code language} (such as zh-CN or en-US). */
    ChromeDriver open(String language, int width, int height) {
        Path profile;
        try {
            profile = Files.createTempDirectory(profiles, "profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile, "--lang=" + language,
                "--window-size=" + width + "," + height, "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withLogOutput(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        open.add(browser);
        return browser;
    }

    /** The browser console's messages at SEVERE level (errors, failed requests) since the last call. */
    static List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        for (ChromeDriver browser : open) {
            try {
                browser.quit();
            } catch (RuntimeException e) {
                System.err.println("Could not quit a browser: " + e.getMessage());
            }
        }
        open.clear();
    }

    private static Optional<Path> first(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst()
                .or(() -> onPath(candidates.stream().map(name -> Path.of(name).getFileName().toString()).toList()));
    }

    private static Optional<Path> onPath(List<String> names) {
        String path = System.getenv().getOrDefault("PATH", "");
        return names.stream().flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))).filter(Files::isExecutable).findFirst();
    }
}
