/**
 * The Timefold planning domain of technician support dispatch: {@link dev.tandem.solvers.dispatch.domain.RequestAssignment}
 * entities (one per request, a technician and a start, either may be unassigned) in a
 * {@link dev.tandem.solvers.dispatch.domain.DispatchSchedule}, with immutable facts that carry dense indexes and
 * precomputed numbers: {@link dev.tandem.solvers.dispatch.domain.DispatchTechnician},
 * {@link dev.tandem.solvers.dispatch.domain.LendingStore}, {@link dev.tandem.solvers.dispatch.domain.StartSlot} and
 * per request and technician a {@link dev.tandem.solvers.dispatch.domain.Candidate}.
 */
package dev.tandem.solvers.dispatch.domain;
