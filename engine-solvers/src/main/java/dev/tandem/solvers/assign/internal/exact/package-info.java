/**
 * Internal, not API: may change in any release. The CP-SAT model of a capacitated assignment or of a part of one,
 * {@link dev.tandem.solvers.assign.internal.exact.GapModel}, shared by the exact solver and the large
 * neighbourhoods of the search. Hosts use {@link dev.tandem.solvers.assign.exact.CpSatAssigner}.
 */
package dev.tandem.solvers.assign.internal.exact;
