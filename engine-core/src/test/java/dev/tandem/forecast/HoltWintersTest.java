package dev.tandem.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class HoltWintersTest {

    private static final double[] PATTERN = {18, 17, 18, 19, 21, 26, 22};

    private final HoltWinters holtWinters = new HoltWinters();
    private final SeasonalNaive naive = new SeasonalNaive();

    @Test
    void aPureWeeklyPatternIsForecastExactly() {
        double[] series = weeks(PATTERN, 6, 0);

        double[] forecast = holtWinters.forecast(series, 14);

        double[] expected = weeks(PATTERN, 2, 0);
        assertThat(forecast).containsExactly(expected, within(1e-6));
    }

    @Test
    void aLinearTrendWithASeasonIsFollowed() {
        double[] series = weeks(PATTERN, 8, 0.1);

        double[] forecast = holtWinters.forecast(series, 7);

        // the damped trend undershoots a straight line a little, within a job
        for (int h = 0; h < 7; h++) {
            double truth = PATTERN[h] + 0.1 * (series.length + h);
            assertThat(forecast[h]).isCloseTo(truth, within(1.0));
        }
    }

    @Test
    void theFitIsTheSameEveryTime() {
        double[] series = weeks(PATTERN, 6, 0.05);
        series[20] += 3;
        series[33] -= 2;

        assertThat(holtWinters.fit(series)).usingRecursiveComparison().isEqualTo(holtWinters.fit(series));
    }

    @Test
    void forecastsNeverGoBelowZero() {
        double[] falling = new double[28];
        for (int t = 0; t < falling.length; t++) {
            falling[t] = Math.max(0, 20 - t);
        }

        assertThat(values(holtWinters.forecast(falling, 14))).allMatch(value -> value >= 0);
    }

    @Test
    void gapsAreFilledFromTheSameWeekday() {
        double[] series = weeks(PATTERN, 4, 0);
        series[22] = Double.NaN;
        series[2] = Double.NaN;

        assertThat(holtWinters.forecast(series, 7)).containsExactly(PATTERN, within(1e-6));
        assertThat(naive.forecast(series, 7)).containsExactly(PATTERN);
    }

    @Test
    void seasonalNaiveRepeatsTheLastWeek() {
        double[] series = weeks(PATTERN, 2, 1.0);

        double[] forecast = naive.forecast(series, 10);

        double[] lastWeek = Arrays.copyOfRange(series, 7, 14);
        assertThat(Arrays.copyOf(forecast, 7)).containsExactly(lastWeek);
        assertThat(Arrays.copyOfRange(forecast, 7, 10)).containsExactly(Arrays.copyOf(lastWeek, 3));
    }

    @Test
    void tooShortOrEmptySeriesAreRejectedWithTheNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> holtWinters.forecast(new double[13], 7))
                .withMessage("The series has 13 days but holt-winters needs at least 14.");
        double[] unknown = new double[14];
        Arrays.fill(unknown, Double.NaN);
        assertThatIllegalArgumentException().isThrownBy(() -> holtWinters.forecast(unknown, 7))
                .withMessage("The series of 14 days has no known value.");
        assertThatIllegalArgumentException().isThrownBy(() -> naive.forecast(new double[7], 0))
                .withMessage("The horizon (0) must be 1 or more.");
    }

    @Property(tries = 200)
    void forecastsAreFiniteAndNotNegative(@ForAll @Size(min = 14, max = 70) double[] series,
            @ForAll @IntRange(min = 1, max = 28) int horizon) {
        double[] bounded = Arrays.stream(series).map(value -> Math.abs(value) % 500).toArray();

        assertThat(values(holtWinters.forecast(bounded, horizon))).hasSize(horizon)
                .allMatch(value -> Double.isFinite(value) && value >= 0);
        assertThat(values(naive.forecast(bounded, horizon))).hasSize(horizon)
                .allMatch(value -> Double.isFinite(value) && value >= 0);
    }

    @Property(tries = 100)
    void anyParametersGiveAFiniteFit(@ForAll @DoubleRange(min = 0.01, max = 1) double alpha,
            @ForAll @DoubleRange(min = 0, max = 1) double beta, @ForAll @DoubleRange(min = 0, max = 1) double gamma,
            @ForAll @DoubleRange(min = 0.01, max = 1) double phi) {
        HoltWinters.Fit fit = HoltWinters.run(weeks(PATTERN, 5, 0.2),
                new HoltWinters.Parameters(alpha, beta, gamma, phi));

        assertThat(fit.sse()).isFinite().isNotNegative();
        assertThat(values(fit.forecast(7))).allMatch(Double::isFinite);
    }

    static List<Double> values(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** {@code weeks} repetitions of {@code pattern} on a line rising by {@code slope} a day. */
    static double[] weeks(double[] pattern, int weeks, double slope) {
        double[] series = new double[weeks * pattern.length];
        for (int t = 0; t < series.length; t++) {
            series[t] = pattern[t % pattern.length] + slope * t;
        }
        return series;
    }
}
