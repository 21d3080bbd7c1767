package dev.tandem.solvers.assign.exact;

import java.util.SplittableRandom;

import dev.tandem.assign.AssignmentProblem;

/** Random tiny assignment problems for the exact assigners: capacities 0–11, costs -20–49, loads 0–5. */
final class TinyProblems {

    private TinyProblems() {
    }

    /** Allows each (item, bin) pair with chance 3/4. */
    static AssignmentProblem random(int items, int bins, SplittableRandom random) {
        AssignmentProblem.Builder builder = AssignmentProblem.builder(items, bins);
        for (int bin = 0; bin < bins; bin++) {
            builder.capacity(bin, random.nextInt(0, 12));
        }
        for (int item = 0; item < items; item++) {
            for (int bin = 0; bin < bins; bin++) {
                if (random.nextInt(4) > 0) {
                    builder.allow(item, bin, random.nextInt(-20, 50), random.nextInt(0, 6));
                }
            }
        }
        return builder.build();
    }
}
