/**
 * Internal, not API: may change in any release. The CP-SAT model of technician support dispatch or of a
 * neighbourhood of one, {@link dev.tandem.solvers.dispatch.internal.exact.DispatchCpModel}, shared by the exact
 * dispatcher and {@link dev.tandem.solvers.dispatch.internal.exact.DispatchNeighbourhoodSearch}, the
 * large-neighbourhood search of the Timefold dispatcher. Hosts use
 * {@link dev.tandem.solvers.dispatch.exact.CpSatDispatcher} and {@link dev.tandem.solvers.dispatch.TimefoldDispatcher}.
 */
package dev.tandem.solvers.dispatch.internal.exact;
