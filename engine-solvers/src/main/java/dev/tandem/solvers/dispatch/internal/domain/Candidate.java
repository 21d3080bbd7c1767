package dev.tandem.solvers.dispatch.internal.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * What sending one technician to one request means, computed once before solving: the drive, HQ's cost of the trip
 * and the levels above the minimum. Immutable.
 *
 * @param technician the technician
 * @param rank 0 for the nearest candidate of the request, 1 for the next, and so on
 * @param driveSeconds the drive each way, whole seconds
 * @param driveKm the road distance each way
 * @param tripCost subsidy, travel and lodging, in fen
 * @param levelsAbove how many levels the technician is above the minimum the request needs, 0 or more
 * @param qualified whether the technician has the skill at the level needed (only a pinned technician may not)
 */
public record Candidate(DispatchTechnician technician, int rank, long driveSeconds, double driveKm, long tripCost,
        int levelsAbove, boolean qualified) {

    public Candidate {
        Objects.requireNonNull(technician, "technician");
        checkArgument(driveSeconds >= 0 && tripCost >= 0 && levelsAbove >= 0,
                "The driveSeconds (%s), tripCost (%s) and levelsAbove (%s) of technician (%s) must be 0 or more.",
                driveSeconds, tripCost, levelsAbove, technician);
    }
}
