/**
 * The Timefold planning domain of capacitated assignment: {@link dev.tandem.solvers.assign.domain.Item}s (the
 * entities) placed in {@link dev.tandem.solvers.assign.domain.Bin}s (the facts), in an
 * {@link dev.tandem.solvers.assign.domain.AssignmentSolution}.
 */
package dev.tandem.solvers.assign.domain;
