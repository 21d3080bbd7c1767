/**
 * Solver interfaces, their settings and the greedy baselines that run without any solver library. The
 * optimizing solvers of engine-solvers implement the same interfaces and are found with
 * {@link java.util.ServiceLoader}.
 */
package dev.tandem.solve;
