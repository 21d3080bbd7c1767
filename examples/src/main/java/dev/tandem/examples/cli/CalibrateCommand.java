package dev.tandem.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.tandem.examples.demo.NetworkStory;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.simulate.Calibration;
import dev.tandem.io.calibration.CalibrationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem calibrate}. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fits the simulator's isolated stores to a network's observed before (fill rate, long waits, "
                + "utilization) by tuning the model's free parameters, prints the residuals and writes the fitted "
                + "settings as JSON, which `tandem demo --calibration FILE` reads and a user may edit."})
final class CalibrateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The snapshot file.")
    private Path file;

    @Mixin
    private TargetOptions targets;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the fitted settings.")
    private Path output;

    @Override
    public Integer call() {
        OutputPaths.check("--out", output);
        NetworkSnapshot network = SnapshotFiles.read(file);
        Calibration calibration = NetworkStory.calibrate(network, targets.targets());
        var out = spec.commandLine().getOut();
        out.print(calibration.table());
        SnapshotFiles.writeText(output, CalibrationJson.toJson(calibration));
        out.printf("%nwrote %s: the fitted settings (edit the parameters to try others)%n",
                output.toAbsolutePath().normalize());
        return 0;
    }
}
