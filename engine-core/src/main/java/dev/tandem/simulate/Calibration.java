package dev.tandem.simulate;

import java.util.Locale;
import java.util.Objects;

/**
 * The isolated model fitted to a network's before: the parameters found and how close the figures came. Immutable.
 *
 * @param targets the observed figures
 * @param parameters the fitted parameters
 * @param fillRate the model's fill rate with them
 * @param longWaitShare the model's share of long waits with them
 * @param utilization the model's utilization with them
 * @param evaluations simulation runs the fit took
 */
public record Calibration(CalibrationTargets targets, ModelParameters parameters, double fillRate,
        double longWaitShare, double utilization, int evaluations) {

    public Calibration {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(parameters, "parameters");
    }

    /** The largest residual of the three fitted figures, in shares (0.01 for 1 point). */
    public double worstResidual() {
        return Math.max(Math.abs(fillRate - targets.fillRate()), Math.max(
                Math.abs(longWaitShare - targets.longWaitShare()), Math.abs(utilization - targets.utilization())));
    }

    /** The targets, the model's figures and the residuals, then the fitted parameters, as Markdown. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("| figure | observed | isolated model | residual |\n|---|---:|---:|---:|\n");
        row(out, "part fill rate", targets.fillRate(), fillRate);
        row(out, "customers facing a wait over 2 h", targets.longWaitShare(), longWaitShare);
        row(out, "technician utilization", targets.utilization(), utilization);
        targets.transferResponse().ifPresent(response -> out.append(String.format(Locale.ROOT,
                "| mean transfer response | %d min | no transfers when alone | not fitted |%n", response.toMinutes())));
        out.append(String.format(Locale.ROOT, "%nFitted in %d runs: stock depth %.2f, job hours × %.2f, "
                        + "%.0f %% of walk-ins in the first two hours, %.0f %% booked, repair time ± %.0f %%, store loads spread × %.2f.%n",
                evaluations, parameters.stockDepth(), parameters.jobHoursScale(), 100 * parameters.morningShare(),
                100 * parameters.appointmentShare(), 100 * parameters.repairSpread(), parameters.loadSpread()));
        return out.toString();
    }

    private static void row(StringBuilder out, String figure, double observed, double model) {
        out.append(String.format(Locale.ROOT, "| %s | %.1f %% | %.1f %% | %+.1f points |%n", figure, 100 * observed,
                100 * model, 100 * (model - observed)));
    }
}
