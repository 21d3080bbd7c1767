package dev.tandem.simulate;

import dev.tandem.network.NetworkSnapshot;

/** Hears a simulated run as it goes: each week's opening snapshot and every collaboration. */
public interface SimulationListener {

    /** Hears nothing. */
    SimulationListener NONE = new SimulationListener() {
    };

    /** Week {@code week} (0 for the first) starts from {@code snapshot}, taken before the week's rebalance. */
    default void weekStarted(int week, NetworkSnapshot snapshot) {
    }

    /** Stores did something together. */
    default void collaborated(CollaborationEvent event) {
    }
}
