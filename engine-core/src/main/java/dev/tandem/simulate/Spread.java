package dev.tandem.simulate;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The mean and sample standard deviation of a measure over runs, and the 95 % confidence interval of the mean
 * (Student's t with runs − 1 degrees of freedom).
 *
 * @param mean the mean
 * @param deviation the sample standard deviation, 0 for a single run
 * @param runs how many runs
 */
public record Spread(double mean, double deviation, int runs) {

    public static <T> Spread of(List<T> runs, ToDoubleFunction<T> measure) {
        double[] values = runs.stream().mapToDouble(measure).toArray();
        double mean = 0;
        for (double value : values) {
            mean += value / values.length;
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double deviation = values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1));
        return new Spread(mean, deviation, values.length);
    }

    /** Student's t at 97.5 % for 1 to 30 degrees of freedom; the normal 1.96 beyond. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
        2.056, 2.052, 2.048, 2.045, 2.042};

    /** Half the width of the 95 % confidence interval of the mean; infinite for a single run. */
    public double halfWidth95() {
        if (runs < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double t = runs - 1 <= T975.length ? T975[runs - 2] : 1.96;
        return t * deviation / Math.sqrt(runs);
    }

    /** Whether the 95 % interval of the mean leaves out 0: the effect is significant at 5 %. */
    public boolean excludesZero() {
        return Math.abs(mean) > halfWidth95();
    }

    /** "82.1 % ± 0.4" for a share. */
    public String percent() {
        return runs < 2 ? meanPercent() : String.format(Locale.ROOT, "%.1f %% ± %.1f", 100 * mean, 100 * deviation);
    }

    /** "82.1 %" for a share, the mean alone. */
    public String meanPercent() {
        return String.format(Locale.ROOT, "%.1f %%", 100 * mean);
    }

    /** "−13.2 points [−14.0, −12.4]" for a difference of shares, its 95 % interval, "not significant" flagged. */
    public String pointsInterval() {
        return interval(100 * mean, 100 * halfWidth95(), "%+.1f points", "%.1f");
    }

    /** "+559 [484, 634]" for a difference of counts or amounts, its 95 % interval, "not significant" flagged. */
    public String wholeInterval() {
        return interval(mean, halfWidth95(), "%+,.0f", "%,.0f");
    }

    private String interval(double centre, double half, String centreFormat, String boundFormat) {
        String text = String.format(Locale.ROOT, centreFormat, centre);
        if (runs < 2) {
            return text + " (one run: no interval)";
        }
        text += String.format(Locale.ROOT, " [" + boundFormat + ", " + boundFormat + "]", centre - half,
                centre + half);
        return excludesZero() ? text : text + " not significant";
    }

    /** "1,234 ± 56" for a count or an amount. */
    public String whole() {
        return runs < 2 ? String.format(Locale.ROOT, "%,.0f", mean)
                : String.format(Locale.ROOT, "%,.0f ± %,.0f", mean, deviation);
    }
}
