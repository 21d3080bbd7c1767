package dev.tandem.forecast;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Holt-Winters exponential smoothing with an additive weekly season (m = 7) and an additive damped trend, as in
 * Hyndman and Athanasopoulos, <i>Forecasting: Principles and Practice</i> (3rd ed.), section 8.3:
 *
 * <pre>
 * level    l(t) = α (y(t) − s(t−m)) + (1 − α)(l(t−1) + φ b(t−1))
 * trend    b(t) = β (l(t) − l(t−1)) + (1 − β) φ b(t−1)
 * season   s(t) = γ (y(t) − l(t−1) − φ b(t−1)) + (1 − γ) s(t−m)
 * forecast ŷ(T+h) = l(T) + (φ + φ² + … + φʰ) b(T) + s(T+h−m⌈h/m⌉)
 * </pre>
 *
 * <p>The state starts from the first two weeks (level and trend from their means, the season from the first
 * week's deviations from that line). The parameters α, β, γ and φ are chosen on a fixed grid of 900
 * combinations to minimise the sum of squared one-step-ahead errors from the second week
 * on; ties keep the first in grid order, so a fit is deterministic. Days with no value are filled first (same
 * weekday a week earlier). Forecasts below zero are raised to zero: a store cannot book fewer than no jobs.
 *
 * <p>Cost: {@code O(900 n)} for a series of {@code n} days.
 */
final class HoltWinters implements Forecaster {

    private static final double[] ALPHAS = {0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9};
    private static final double[] BETAS = {0.0, 0.02, 0.05, 0.1, 0.2};
    private static final double[] GAMMAS = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5};
    private static final double[] PHIS = {0.8, 0.9, 0.98};

    /**
     * Smoothing parameters.
     *
     * @param alpha level smoothing, in (0, 1]
     * @param beta trend smoothing, in [0, 1]
     * @param gamma season smoothing, in [0, 1]
     * @param phi trend damping, in (0, 1]; 1 is Holt's undamped trend
     */
    public record Parameters(double alpha, double beta, double gamma, double phi) {

        public Parameters {
            checkArgument(alpha > 0 && alpha <= 1, "The alpha (%s) must be in (0, 1].", alpha);
            checkArgument(beta >= 0 && beta <= 1, "The beta (%s) must be in [0, 1].", beta);
            checkArgument(gamma >= 0 && gamma <= 1, "The gamma (%s) must be in [0, 1].", gamma);
            checkArgument(phi > 0 && phi <= 1, "The phi (%s) must be in (0, 1].", phi);
        }
    }

    /**
     * A fitted model: its parameters, its one-step error on the series, and its state after the last day.
     *
     * @param parameters the chosen parameters
     * @param sse the sum of squared one-step-ahead errors from the second week on
     * @param level the level after the last day
     * @param trend the trend after the last day
     * @param season the seasonal terms of the last week, oldest first: {@code season[i]} belongs to day
     *     {@code n − 7 + i}
     */
    public record Fit(Parameters parameters, double sse, double level, double trend, double[] season) {

        public Fit {
            season = season.clone();
        }

        @Override
        public double[] season() {
            return season.clone();
        }

        /** The {@code horizon} days after the series, raised to zero where negative. */
        public double[] forecast(int horizon) {
            checkArgument(horizon >= 1, "The horizon (%s) must be 1 or more.", horizon);
            double[] forecast = new double[horizon];
            double damped = 0;
            double phiPower = 1;
            for (int h = 1; h <= horizon; h++) {
                phiPower *= parameters.phi();
                damped += phiPower;
                double value = level + damped * trend + season[(h - 1) % WEEK];
                forecast[h - 1] = Math.max(0, value);
            }
            return forecast;
        }
    }

    @Override
    public String name() {
        return "holt-winters";
    }

    /** Two weeks: one to start the season from, one to measure the trend against. */
    @Override
    public int minimumDays() {
        return 2 * WEEK;
    }

    @Override
    public double[] forecast(double[] series, int horizon) {
        Series.checkArguments(series, horizon, minimumDays(), name());
        return fit(series).forecast(horizon);
    }

    /**
     * Fits the model to a series.
     *
     * @throws IllegalArgumentException if the series has fewer than two weeks of days or no value at all
     */
    public Fit fit(double[] series) {
        checkArgument(series.length >= minimumDays(), "The series has %s days but %s needs at least %s.",
                series.length, name(), minimumDays());
        double[] y = Series.fillGaps(series);
        Fit best = null;
        for (double alpha : ALPHAS) {
            for (double beta : BETAS) {
                for (double gamma : GAMMAS) {
                    for (double phi : PHIS) {
                        Fit fit = run(y, new Parameters(alpha, beta, gamma, phi));
                        if (best == null || fit.sse() < best.sse()) {
                            best = fit;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** Runs the recursions over {@code y} (no gaps) with fixed parameters. */
    public static Fit run(double[] y, Parameters p) {
        checkArgument(y.length >= 2 * WEEK, "The series has %s days; at least %s are needed.", y.length, 2 * WEEK);
        double firstMean = mean(y, 0);
        double secondMean = mean(y, WEEK);
        double trend = (secondMean - firstMean) / WEEK;
        // the first week's mean lies at its middle day; the level belongs to its last day
        double level = firstMean + trend * (WEEK - 1) / 2.0;
        double[] season = new double[WEEK];
        for (int i = 0; i < WEEK; i++) {
            season[i] = y[i] - (firstMean + trend * (i - (WEEK - 1) / 2.0));
        }
        double sse = 0;
        for (int t = WEEK; t < y.length; t++) {
            int slot = t % WEEK;
            double dampedTrend = p.phi() * trend;
            double error = y[t] - (level + dampedTrend + season[slot]);
            sse += error * error;
            double previousLevel = level;
            level = p.alpha() * (y[t] - season[slot]) + (1 - p.alpha()) * (previousLevel + dampedTrend);
            trend = p.beta() * (level - previousLevel) + (1 - p.beta()) * dampedTrend;
            season[slot] = p.gamma() * (y[t] - previousLevel - dampedTrend) + (1 - p.gamma()) * season[slot];
        }
        double[] lastWeek = new double[WEEK];
        for (int i = 0; i < WEEK; i++) {
            lastWeek[i] = season[(y.length - WEEK + i) % WEEK];
        }
        return new Fit(p, sse, level, trend, lastWeek);
    }

    private static double mean(double[] y, int from) {
        double sum = 0;
        for (int t = from; t < from + WEEK; t++) {
            sum += y[t];
        }
        return sum / WEEK;
    }

    @Override
    public String toString() {
        return name();
    }
}
