/**
 * The quality harness: one command that measures every engine against its baseline, its exact optimum and its
 * peer, and writes the README's performance table. Entry point:
 * {@link dev.tandem.benchmarks.quality.QualityHarness}.
 */
package dev.tandem.benchmarks.quality;
