/** Access to OR-Tools: its native library, loaded once, lazily, on first use. */
package dev.tandem.solvers.ortools;
