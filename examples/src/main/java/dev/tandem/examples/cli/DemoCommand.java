package dev.tandem.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.dashboard.DashboardRenderer;
import dev.tandem.examples.demo.NetworkStory;
import dev.tandem.examples.demo.SouthChinaDemo;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.simulate.SimulationSettings;
import dev.tandem.io.calibration.CalibrationJson;
import dev.tandem.simulate.ModelParameters;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the bundled South China network through Tandem: the three views, the matching core and "
                + "the planners on today's snapshot, then the isolated stores calibrated to the network's before, "
                + "weeks of the network simulated with every store alone and as one network on the same customers, "
                + "each effect with its 95 %% interval, and the ablation of every lever."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--weeks", defaultValue = "26", description = "Weeks to simulate (default: ${DEFAULT-VALUE}).")
    private int weeks;

    @Option(names = "--seed", defaultValue = "1", description = "The first seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--seeds", defaultValue = "3",
            description = "How many seeds to simulate, for the spread (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--network", paramLabel = "FILE",
            description = "Simulate this snapshot instead of the bundled one (skips the South China tour).")
    private Path networkFile;

    @Option(names = "--calibration", paramLabel = "FILE",
            description = "Model parameters from `tandem calibrate` instead of fitting them now.")
    private Path calibrationFile;

    @Mixin
    private TargetOptions targets;

    @Option(names = "--html", paramLabel = "FILE", defaultValue = "tandem-dashboard.html",
            description = "Where to write the dashboard of the simulated network (default: ${DEFAULT-VALUE}).")
    private Path html;

    @Override
    public Integer call() {
        OutputPaths.check("--html", html);
        if (weeks < 1 || weeks > SimulationSettings.MOST_WEEKS) {
            throw new UserInputException(String.format("--weeks: %d is not within [1, %d].", weeks,
                    SimulationSettings.MOST_WEEKS));
        }
        if (seeds < 1 || seeds > 20) {
            throw new UserInputException(String.format("--seeds: %d is not within [1, 20].", seeds));
        }
        var out = spec.commandLine().getOut();
        var network = networkFile == null ? SampleNetworks.southChina() : SnapshotFiles.read(networkFile);
        if (networkFile == null) {
            new SouthChinaDemo(network, out).run();
        }
        String title = "7. Isolated stores or one network: " + weeks + " weeks simulated";
        out.println(title);
        out.println("=".repeat(title.length()));
        NetworkStory story = new NetworkStory(network, out);
        DashboardData dashboard;
        if (calibrationFile == null) {
            dashboard = story.tell(weeks, seed, seeds, NetworkStory.calibrate(network, targets.targets()));
        } else {
            ModelParameters parameters;
            try {
                parameters = CalibrationJson.parameters(SnapshotFiles.readInput(calibrationFile,
                        path -> Files.readString(path, StandardCharsets.UTF_8)), calibrationFile.toString());
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            out.printf("Model parameters from %s.%n%n", calibrationFile);
            dashboard = story.tell(weeks, seed, seeds, parameters);
        }
        SnapshotFiles.writeText(html, new DashboardRenderer().render(dashboard));
        out.printf("%nwrote %s: the dashboard of the simulated network (open it in a browser)%n",
                html.toAbsolutePath().normalize());
        return 0;
    }
}
