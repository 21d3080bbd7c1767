/**
 * Technician support dispatch: the problem ({@link DispatchProblem}) of support requests and candidate
 * technicians, the one objective ({@link Dispatch#score()}), the plan of trips with its independent validator and the
 * greedy baseline. The optimizing solver (Timefold) lives in engine-solvers and is found through
 * {@link DispatchSolvers}; the ejection chains and the rule-by-rule penalties it shares with the core are in
 * {@code dev.tandem.dispatch.internal}.
 */
package dev.tandem.dispatch;
