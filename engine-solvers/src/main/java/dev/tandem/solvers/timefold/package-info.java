/** Plumbing the Timefold models of engine-solvers share: running a solver job and returning its answer. */
package dev.tandem.solvers.timefold;
