package dev.tandem.solvers.dispatch;

import java.util.SplittableRandom;

import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;

/** Planning solutions of generated problems, randomly assigned, for the tests of the internal packages. */
public final class TestSchedules {

    private TestSchedules() {
    }

    /**
     * The {@link DispatchFixtures#adversarial(long) adversarial} problem of {@code seed} (few candidates, some
     * requests pinned), each request unassigned with probability {@code unassigned}, else at a random candidate
     * and start of its own.
     */
    public static DispatchSchedule adversarial(long seed, double unassigned) {
        return ScheduleAssembler.assemble(DispatchFixtures.randomDispatch(DispatchFixtures.adversarial(seed),
                new SplittableRandom(seed), unassigned));
    }
}
