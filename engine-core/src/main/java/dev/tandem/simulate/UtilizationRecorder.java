package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Keeps each store's utilization over the last days of a simulated run, for a heat map. Not thread-safe. */
public final class UtilizationRecorder implements SimulationListener {

    /** One day: utilization by store index. */
    public record Day(LocalDate date, double[] utilization) {

        public Day {
            utilization = utilization.clone();
        }

        @Override
        public double[] utilization() {
            return utilization.clone();
        }
    }

    private final int days;
    private final Deque<Day> recent = new ArrayDeque<>();

    /** Keeps the last {@code days} days. */
    public UtilizationRecorder(int days) {
        checkArgument(days >= 1, "The days (%s) to keep must be 1 or more.", days);
        this.days = days;
    }

    @Override
    public void dayEnded(LocalDate date, double[] utilization) {
        recent.addLast(new Day(date, utilization));
        if (recent.size() > days) {
            recent.removeFirst();
        }
    }

    /** The days kept, oldest first. */
    public List<Day> days() {
        return List.copyOf(recent);
    }
}
