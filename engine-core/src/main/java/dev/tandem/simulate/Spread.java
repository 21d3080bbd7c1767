package dev.tandem.simulate;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The mean and sample standard deviation of a measure over runs.
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

    /** "82.1 % ± 0.4" for a share. */
    public String percent() {
        return runs < 2 ? meanPercent() : String.format(Locale.ROOT, "%.1f %% ± %.1f", 100 * mean, 100 * deviation);
    }

    /** "82.1 %" for a share, the mean alone. */
    public String meanPercent() {
        return String.format(Locale.ROOT, "%.1f %%", 100 * mean);
    }

    /** "1,234 ± 56" for a count or an amount. */
    public String whole() {
        return runs < 2 ? String.format(Locale.ROOT, "%,.0f", mean)
                : String.format(Locale.ROOT, "%,.0f ± %,.0f", mean, deviation);
    }
}
