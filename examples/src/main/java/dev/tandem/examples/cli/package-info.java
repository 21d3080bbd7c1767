/**
 * The {@code tandem} command line (picocli). Exit codes: 0 done; 2 bad input (an invalid snapshot, a missing
 * file, a wrong option), reported as a plain message; 1 an internal error, reported with its stack trace.
 */
package dev.tandem.examples.cli;
