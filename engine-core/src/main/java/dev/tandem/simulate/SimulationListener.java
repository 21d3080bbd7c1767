package dev.tandem.simulate;

import java.time.LocalDate;

import dev.tandem.network.NetworkSnapshot;

/** Hears a simulated run as it goes: each week's opening snapshot, every collaboration, each day's load. */
public interface SimulationListener {

    /** Hears nothing. */
    SimulationListener NONE = new SimulationListener() {
    };

    /**
     * Week {@code week} (0 for the first, which starts on the first day; the others start on Mondays) starts from
     * {@code snapshot}, taken before the week's rebalance.
     */
    default void weekStarted(int week, NetworkSnapshot snapshot) {
    }

    /** Stores did something together. */
    default void collaborated(CollaborationEvent event) {
    }

    /**
     * A day is over: each store's workshop hours booked to start that day (jobs and support trips), over its
     * technicians' working hours, by store index in the network; above 1 when work ran late. A fresh array.
     */
    default void dayEnded(LocalDate date, double[] utilization) {
    }

    /** Hears with {@code first}, then with {@code second}. */
    static SimulationListener both(SimulationListener first, SimulationListener second) {
        return new SimulationListener() {
            @Override
            public void weekStarted(int week, NetworkSnapshot snapshot) {
                first.weekStarted(week, snapshot);
                second.weekStarted(week, snapshot);
            }

            @Override
            public void collaborated(CollaborationEvent event) {
                first.collaborated(event);
                second.collaborated(event);
            }

            @Override
            public void dayEnded(LocalDate date, double[] utilization) {
                first.dayEnded(date, utilization);
                second.dayEnded(date, utilization.clone());
            }
        };
    }
}
