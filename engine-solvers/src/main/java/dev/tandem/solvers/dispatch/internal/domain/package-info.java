/**
 * Internal, not API: may change in any release. The Timefold planning domain of technician support dispatch:
 * {@link dev.tandem.solvers.dispatch.internal.domain.RequestAssignment} entities (one per request, a technician and
 * a start, either may be unassigned) in a {@link dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule}, with
 * immutable facts that carry dense indexes and precomputed numbers:
 * {@link dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician},
 * {@link dev.tandem.solvers.dispatch.internal.domain.LendingStore},
 * {@link dev.tandem.solvers.dispatch.internal.domain.StartSlot} and per request and technician a
 * {@link dev.tandem.solvers.dispatch.internal.domain.Candidate}. Public only because Timefold builds the classes by
 * reflection; hosts use {@link dev.tandem.solvers.dispatch.TimefoldDispatcher}.
 */
package dev.tandem.solvers.dispatch.internal.domain;
