package dev.tandem.examples.cli;

import java.time.Duration;
import java.util.Optional;

import dev.tandem.simulate.CalibrationTargets;
import picocli.CommandLine.Option;

/** The observed before a calibration fits the isolated model to; the playbook's figures by default. */
final class TargetOptions {

    @Option(names = "--fill-rate", defaultValue = "0.82", paramLabel = "SHARE",
            description = "Observed part fill rate, 0 to 1 (default: ${DEFAULT-VALUE}).")
    private double fillRate;

    @Option(names = "--long-waits", defaultValue = "0.35", paramLabel = "SHARE",
            description = "Observed share of customers waiting over 2 h, the complaint rate (default: ${DEFAULT-VALUE}).")
    private double longWaits;

    @Option(names = "--utilization", defaultValue = "0.58", paramLabel = "SHARE",
            description = "Observed technician utilization (default: ${DEFAULT-VALUE}).")
    private double utilization;

    @Option(names = "--transfer-response", defaultValue = "2h", converter = Durations.class, paramLabel = "DURATION",
            description = "Observed mean response of a phoned transfer, recorded only (default: ${DEFAULT-VALUE}).")
    private Duration transferResponse;

    CalibrationTargets targets() {
        check("--fill-rate", fillRate, fillRate > 0 && fillRate <= 1);
        check("--long-waits", longWaits, longWaits >= 0 && longWaits < 1);
        check("--utilization", utilization, utilization > 0 && utilization <= 1);
        return new CalibrationTargets(fillRate, longWaits, utilization, Optional.of(transferResponse));
    }

    private static void check(String option, double value, boolean valid) {
        if (!valid) {
            throw new UserInputException(String.format("%s: %s is not a share within (0, 1].", option, value));
        }
    }
}
