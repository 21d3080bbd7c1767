package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

import dev.tandem.network.NetworkSnapshot;

/**
 * Fits the isolated model to a network's observed before by tuning {@link ModelParameters}: stock depth to the
 * fill rate, job hours to utilization, then the morning rush of walk-ins to the share of long waits, and where
 * the rush alone cannot reach it, the share of bookings (fewer bookings, more rush), then the spread of repair
 * times. Only where long waits still miss by more than a point after the rounds, the customers' patience (the wait
 * they take without complaint, 1 to 4 hours) is fitted to them, and then stock depth and job hours once more. Each is a bisection on a figure that rises (or falls) with its parameter, repeated in rounds since the
 * figures interact; every run is the isolated policy on the calibration's seeds, the same customers each time, so
 * the figures move smoothly with the parameters. Deterministic.
 */
public final class Calibrator {

    /** Rounds over the parameters, and bisection steps on each. */
    private static final int ROUNDS = 3;
    private static final int STEPS = 9;
    /** The range patience is fitted in, hours: the playbook's 2 h promise, give or take. */
    private static final double LEAST_PATIENCE = 1;
    private static final double MOST_PATIENCE = 4;
    /** Patience is fitted only when, after the rounds, long waits still miss their target by more than this. */
    private static final double PATIENCE_AFTER = 0.01;

    private final SimulationSettings settings;
    private final List<Long> seeds;

    /**
     * @param settings the settings the model runs with; their model parameters are the starting point and those
     *     not fitted stay: the spread of store loads (the snapshot's day tells how unevenly stores are loaded), and
 *     the share of bookings and the repair spread unless the rush cannot reach the target
     * @param seeds the seeds each evaluation runs
     */
    public Calibrator(SimulationSettings settings, List<Long> seeds) {
        this.settings = Objects.requireNonNull(settings, "settings");
        checkArgument(!seeds.isEmpty(), "At least one seed is needed.");
        this.seeds = List.copyOf(seeds);
    }

    /** The fitted parameters for {@code network}, and the residuals. */
    public Calibration fit(NetworkSnapshot network, CalibrationTargets targets) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(targets, "targets");
        Fit fit = new Fit(network);
        ModelParameters p = settings.model();
        for (int round = 0; round < ROUNDS; round++) {
            p = fit.bisect(p, ModelParameters::withStockDepth, 0, 3, PolicyOutcome::fillRate, targets.fillRate());
            p = fit.bisect(p, ModelParameters::withJobHoursScale, 0.2, 2, PolicyOutcome::utilization,
                    targets.utilization());
            p = fit.bisect(p, ModelParameters::withMorningShare, 0, 1, PolicyOutcome::longWaitShare,
                    targets.longWaitShare());
            double longWaits = fit.measure(p, PolicyOutcome::longWaitShare);
            if (Math.abs(longWaits - targets.longWaitShare()) > 0.005) {
                p = fit.bisect(p, (q, share) -> q.withAppointmentShare(1 - share), 0, 1,
                        PolicyOutcome::longWaitShare, targets.longWaitShare());
                p = fit.bisect(p, ModelParameters::withRepairSpread, 0, 0.95, PolicyOutcome::longWaitShare,
                        targets.longWaitShare());
            }
        }
        if (Math.abs(fit.measure(p, PolicyOutcome::longWaitShare) - targets.longWaitShare()) > PATIENCE_AFTER) {
            p = fit.bisect(p, ModelParameters::withPatienceHours, LEAST_PATIENCE, MOST_PATIENCE,
                    PolicyOutcome::longWaitShare, targets.longWaitShare());
            p = fit.bisect(p, ModelParameters::withStockDepth, 0, 3, PolicyOutcome::fillRate, targets.fillRate());
            p = fit.bisect(p, ModelParameters::withJobHoursScale, 0.2, 2, PolicyOutcome::utilization,
                    targets.utilization());
        }
        List<PolicyOutcome> last = fit.runs(p);
        return new Calibration(targets, p, mean(last, PolicyOutcome::fillRate), mean(last,
                PolicyOutcome::longWaitShare), mean(last, PolicyOutcome::utilization), fit.evaluations,
                last.stream().anyMatch(outcome -> outcome.partNeeds() > 0));
    }

    /** Sets a parameter. */
    private interface Setter {
        ModelParameters set(ModelParameters parameters, double value);
    }

    private final class Fit {
        private final NetworkSnapshot network;
        private int evaluations;

        Fit(NetworkSnapshot network) {
            this.network = network;
        }

        /**
         * The value of one parameter in [low, high] that brings {@code figure} nearest {@code target}, assuming
         * the figure moves one way with it; the nearer bound when the target lies beyond.
         */
        ModelParameters bisect(ModelParameters start, Setter setter, double low, double high,
                ToDoubleFunction<PolicyOutcome> figure, double target) {
            DoubleFunction<Double> at = value -> measure(setter.set(start, value), figure) - target;
            double atLow = at.apply(low);
            double atHigh = at.apply(high);
            if (Math.signum(atLow) == Math.signum(atHigh)) {
                return setter.set(start, Math.abs(atLow) <= Math.abs(atHigh) ? low : high);
            }
            double a = low;
            double b = high;
            double best = Math.abs(atLow) <= Math.abs(atHigh) ? low : high;
            double bestGap = Math.min(Math.abs(atLow), Math.abs(atHigh));
            boolean rising = atHigh > atLow;
            for (int step = 0; step < STEPS; step++) {
                double mid = (a + b) / 2;
                double gap = at.apply(mid);
                if (Math.abs(gap) < bestGap) {
                    best = mid;
                    bestGap = Math.abs(gap);
                }
                if ((gap < 0) == rising) {
                    a = mid;
                } else {
                    b = mid;
                }
            }
            return setter.set(start, best);
        }

        double measure(ModelParameters parameters, ToDoubleFunction<PolicyOutcome> figure) {
            return mean(runs(parameters), figure);
        }

        List<PolicyOutcome> runs(ModelParameters parameters) {
            evaluations++;
            NetworkSimulator simulator = new NetworkSimulator(settings.withModel(parameters),
                    SimulationEngines.greedy());
            return seeds.parallelStream()
                    .map(seed -> simulator.run(network, Policy.ISOLATED, seed, SimulationListener.NONE)).toList();
        }
    }

    private static double mean(List<PolicyOutcome> outcomes, ToDoubleFunction<PolicyOutcome> figure) {
        return outcomes.stream().mapToDouble(figure).average().orElse(0);
    }
}
