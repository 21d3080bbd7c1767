package dev.tandem.assign;

/** The best score of a tiny instance by trying every assignment, unassigned included. */
final class BruteForce {

    private BruteForce() {
    }

    static AssignmentScore optimum(AssignmentProblem problem) {
        int[] bins = new int[problem.itemCount()];
        return search(problem, bins, 0, Assignment.empty(problem).score());
    }

    private static AssignmentScore search(AssignmentProblem problem, int[] bins, int item, AssignmentScore best) {
        if (item == bins.length) {
            AssignmentScore score = new Assignment(problem, bins).score();
            return score.compareTo(best) < 0 ? score : best;
        }
        bins[item] = Assignment.UNASSIGNED;
        best = search(problem, bins, item + 1, best);
        for (int k = 0; k < problem.optionCount(item); k++) {
            bins[item] = problem.optionBin(item, k);
            best = search(problem, bins, item + 1, best);
        }
        return best;
    }
}
