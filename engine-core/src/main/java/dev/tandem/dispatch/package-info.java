/**
 * Technician support dispatch: the problem ({@link DispatchProblem}) of support requests and candidate
 * technicians, the one objective ({@link Dispatch#score()}), the plan of trips with its independent validator, the
 * greedy baseline and ejection chains. The optimizing solver (Timefold) lives in engine-solvers and is found through
 * {@link DispatchSolvers}.
 */
package dev.tandem.dispatch;
