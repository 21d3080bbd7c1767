/**
 * Generic capacitated assignment, usable on its own: items go to bins, each allowed (item, bin) pair with an exact
 * cost and a load, each bin with a capacity (the generalized assignment problem, GAP). {@link
 * dev.tandem.assign.AssignmentProblem} holds the instance, {@link dev.tandem.assign.Assignment} an answer with
 * its score, {@link dev.tandem.assign.AssignmentSolver} the solvers: {@link dev.tandem.assign.GreedyAssigner} here,
 * the Timefold one of engine-solvers found through {@link dev.tandem.assign.AssignmentSolvers}, and
 * {@link dev.tandem.assign.AssignmentValidator} checks any answer independently. Customer diversion
 * ({@code dev.tandem.divert}) is built on it.
 */
package dev.tandem.assign;
