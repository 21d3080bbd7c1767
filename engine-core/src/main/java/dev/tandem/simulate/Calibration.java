package dev.tandem.simulate;

import java.util.ArrayList;
import java.util.List;
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
 * @param partDemand whether any customer of the fit's runs needed a part; without, the fill rate is 100 % whatever
 *     the stock
 */
public record Calibration(CalibrationTargets targets, ModelParameters parameters, double fillRate,
        double longWaitShare, double utilization, int evaluations, boolean partDemand) {

    /** A residual beyond this, in shares (half a point), is a target not reached. */
    public static final double REACHED = 0.005;

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
        row(out, PolicyComparison.longWaitLabel(parameters.patienceHours()), targets.longWaitShare(), longWaitShare);
        row(out, "technician utilization", targets.utilization(), utilization);
        targets.transferResponse().ifPresent(response -> out.append(String.format(Locale.ROOT,
                "| mean transfer response | %d min | no transfers when alone | not fitted |%n", response.toMinutes())));
        out.append(String.format(Locale.ROOT, "%nFitted in %d runs: stock depth %.2f, job hours × %.2f, "
                        + "%.0f %% of walk-ins in the first two hours, %.0f %% booked, repair time ± %.0f %%, store loads spread × %.2f.%n",
                evaluations, parameters.stockDepth(), parameters.jobHoursScale(), 100 * parameters.morningShare(),
                100 * parameters.appointmentShare(), 100 * parameters.repairSpread(), parameters.loadSpread()));
        out.append(String.format(Locale.ROOT, "Customers' patience %.1f h%s.%n", parameters.patienceHours(),
                parameters.patienceHours() == ModelParameters.PLAYBOOK_PATIENCE_HOURS ? " (the playbook's)"
                        : ": a longer wait is a long wait and may lose the customer"));
        notes().forEach(note -> out.append(note).append('\n'));
        return out.toString();
    }

    /** One line for each target the fit did not reach, saying why where the model knows; empty when all are met. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!partDemand && Math.abs(fillRate - targets.fillRate()) > REACHED) {
            notes.add(String.format(Locale.ROOT, "Note: the part fill rate cannot be fitted: no customer needs a part"
                    + " on this network (no part has a daily demand), so it is %.1f %% whatever the stock.",
                    100 * fillRate));
        } else if (Math.abs(fillRate - targets.fillRate()) > REACHED) {
            notes.add(note("the part fill rate", targets.fillRate(), fillRate));
        }
        if (Math.abs(longWaitShare - targets.longWaitShare()) > REACHED) {
            notes.add(note("the share of long waits", targets.longWaitShare(), longWaitShare));
        }
        if (Math.abs(utilization - targets.utilization()) > REACHED) {
            notes.add(note("technician utilization", targets.utilization(), utilization));
        }
        return notes;
    }

    private static String note(String figure, double target, double model) {
        return String.format(Locale.ROOT, "Note: %s cannot reach %.1f %% within the parameters' ranges: the nearest "
                + "fit gives %.1f %%.", figure, 100 * target, 100 * model);
    }

    private static void row(StringBuilder out, String figure, double observed, double model) {
        out.append(String.format(Locale.ROOT, "| %s | %.1f %% | %.1f %% | %+.1f points |%n", figure, 100 * observed,
                100 * model, 100 * (model - observed)));
    }
}
