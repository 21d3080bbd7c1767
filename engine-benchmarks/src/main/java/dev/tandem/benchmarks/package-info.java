/**
 * JMH benchmarks of the matching core ({@link dev.tandem.match}) on generated networks: 15, 200 and 2,000 stores,
 * 20,000 parts and five technicians a store, from a fixed seed (see {@code BenchmarkNetworks}); and of the
 * minimum-cost flow layer ({@link dev.tandem.solvers.flow}) on generated rebalancing networks. Latency is
 * measured here, never in unit tests; the tests of this module only check that each benchmark sets up, runs and
 * compares like with like.
 *
 * <h2>Running</h2>
 * Build, then run the shaded jar from the repository root:
 * <pre>
 * mvn -B -q install -DskipTests -pl engine-core,engine-solvers
 * mvn -B -q package -pl engine-benchmarks
 * java -jar engine-benchmarks/target/benchmarks.jar                                  # the suite, about 8 min
 * java -jar engine-benchmarks/target/benchmarks.jar -rf json -rff matching.json      # and keep the results
 * java -jar engine-benchmarks/target/benchmarks.jar MatchingBenchmark -p stores=2000 # one class, one size
 * java -jar engine-benchmarks/target/benchmarks.jar MatchingBenchmark.transfer -prof gc   # allocation per query
 * java -jar engine-benchmarks/target/benchmarks.jar -l                               # list the benchmarks
 * </pre>
 * Run on a quiet machine, one run at a time; on two cores a concurrent build shows up in every percentile. The
 * query and update benchmarks fork with a fixed, pre-touched heap ({@code -Xms2g -Xmx2g -XX:+AlwaysPreTouch}) and
 * the index build with {@code -Xmx1g}; a {@code -jvmArgsAppend} on the command line replaces those, so repeat them
 * in it.
 *
 * <h2>What each benchmark measures, and the target</h2>
 * <ul>
 *   <li>{@link dev.tandem.benchmarks.MatchingBenchmark}, sample time in ns, read the median {@code p0.50}: one
 *       query each of a fixed mix of realistic requests, each query by the indexed implementation and by the
 *       straightforward scanning one in the same run.
 *       <ul>
 *         <li>{@code transferIndexed} vs {@code transferScanning}: transfer advice, top 5; target at 2,000 stores a
 *             median of at most 1 µs and at least 10 times faster than scanning;</li>
 *         <li>{@code technicianIndexed} vs {@code technicianScanning}: technician match, top 5; at most 5 µs;</li>
 *         <li>{@code receivingIndexed} vs {@code receivingScanning}: receiving-store match, top 5; at most
 *             5 µs.</li>
 *       </ul></li>
 *   <li>{@link dev.tandem.benchmarks.StockUpdateBenchmark}, average time in ns: one stock update on the live
 *       2,000-store network, a receive or consume of one unit, and a transfer of one unit between two holders;
 *       target at most 200 ns.</li>
 *   <li>{@link dev.tandem.benchmarks.IndexBuildBenchmark}, single shot in ms: {@code LiveNetwork.of} of the
 *       2,000-store network; target at most 5 s, in 1 GB of heap. Its forks run with {@code -Xmx1g}, so a run that
 *       completes shows the heap suffices; add {@code -prof gc} for the bytes a build allocates.</li>
 *   <li>{@link dev.tandem.benchmarks.FlowBenchmark}, average time in ms: one minimum-cost flow solve of a
 *       rebalancing network of 50, 500 and 2,000 stores (about 10 arcs a store, a slack node for surplus that
 *       stays and shortage left unmet), {@code orTools} (OR-Tools cost scaling) beside {@code jgrapht} (JGraphT's
 *       capacity scaling) on the same network. No target yet; the run shows what a rebalancing solve costs and
 *       how far the native solver is ahead.
 *       {@code java -jar engine-benchmarks/target/benchmarks.jar FlowBenchmark}.</li>
 * </ul>
 * Sample time adds the timer's own cost, some tens of ns, to every sample: negligible at the microsecond
 * targets; for the exact mean of a fast query add {@code -bm avgt}.
 */
package dev.tandem.benchmarks;
