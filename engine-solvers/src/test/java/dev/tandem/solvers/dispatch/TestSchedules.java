package dev.tandem.solvers.dispatch;

import java.util.List;
import java.util.SplittableRandom;

import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.internal.domain.StartSlot;

/** Planning solutions of generated problems, randomly assigned, for the tests of the internal packages. */
public final class TestSchedules {

    private TestSchedules() {
    }

    /**
     * The {@link DispatchFixtures#adversarial(long) adversarial} problem of {@code seed} (few candidates, some
     * requests pinned), each request unassigned with probability {@code unassigned}, else at a random candidate
     * and start of its own; then, with probability {@code halfAssigned}, a movable request has only one of the two
     * set (the search passes through such states, each variable changing on its own).
     */
    public static DispatchSchedule adversarial(long seed, double unassigned, double halfAssigned) {
        SplittableRandom random = new SplittableRandom(seed);
        DispatchSchedule schedule = ScheduleAssembler.assemble(DispatchFixtures.randomDispatch(
                DispatchFixtures.adversarial(seed), random, unassigned));
        for (RequestAssignment assignment : schedule.getAssignments()) {
            if (assignment.isPinned() || random.nextDouble() >= halfAssigned) {
                continue;
            }
            List<DispatchTechnician> technicians = assignment.getCandidateTechnicians();
            List<StartSlot> starts = assignment.getStarts();
            boolean technicianOnly = random.nextBoolean();
            if (technicianOnly && !technicians.isEmpty()) {
                assignment.assign(technicians.get(random.nextInt(technicians.size())), null);
            } else if (!starts.isEmpty()) {
                assignment.assign(null, starts.get(random.nextInt(starts.size())));
            }
        }
        return schedule;
    }
}
