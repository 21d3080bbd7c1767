/**
 * Internal, not API: may change in any release. Plumbing the Timefold models of engine-solvers share: running a
 * solver job, stopping it early and returning its answer.
 */
package dev.tandem.solvers.internal.timefold;
