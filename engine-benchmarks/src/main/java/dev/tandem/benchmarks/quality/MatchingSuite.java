package dev.tandem.benchmarks.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import dev.tandem.benchmarks.MatchingBenchmark;

/**
 * The matching core: the indexed answers against the straightforward scan of the same network, on the requests
 * of {@link MatchingBenchmark}; time per query here is a mean over a loop after one warm-up loop, the JMH benchmark
 * gives percentiles.
 */
final class MatchingSuite implements QualitySuite {

    private static final int ROUNDS = 3;

    @Override
    public List<QualityRow> run(Scale scale) {
        List<QualityRow> rows = new ArrayList<>();
        for (int stores : scale == Scale.QUICK ? new int[] {15} : new int[] {200, 2_000}) {
            MatchingBenchmark benchmark = MatchingBenchmark.at(stores);
            String instance = String.format(Locale.ROOT, "%,d stores, %,d requests", stores,
                    MatchingBenchmark.REQUESTS);
            rows.add(compare(instance, "transfer advice", i -> benchmark.transferIndexed(i),
                    i -> benchmark.transferScanning(i)));
            rows.add(compare(instance, "technician match", i -> benchmark.technicianIndexed(i),
                    i -> benchmark.technicianScanning(i)));
            rows.add(compare(instance, "receiving store", i -> benchmark.receivingIndexed(i),
                    i -> benchmark.receivingScanning(i)));
        }
        return rows;
    }

    private static QualityRow compare(String instance, String query, IntFunction<Object> indexed,
            IntFunction<Object> scanning) {
        int equal = 0;
        for (int i = 0; i < MatchingBenchmark.REQUESTS; i++) {
            equal += indexed.apply(i).equals(scanning.apply(i)) ? 1 : 0;
        }
        perQuery(indexed);
        perQuery(scanning);
        double indexedMicros = perQuery(indexed);
        double scanningMicros = perQuery(scanning);
        return new QualityRow("matching core", instance, "indexed " + query,
                indexedMicros * MatchingBenchmark.REQUESTS / 1e6,
                String.format(Locale.ROOT, "%.2f µs a query; answers equal on %d of %d", indexedMicros, equal,
                        MatchingBenchmark.REQUESTS),
                String.format(Locale.ROOT, "scanning %.2f µs: %s", scanningMicros,
                        Timing.times(scanningMicros / indexedMicros)));
    }

    private static double perQuery(IntFunction<Object> query) {
        long started = System.nanoTime();
        int sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < MatchingBenchmark.REQUESTS; i++) {
                sink += query.apply(i).hashCode() & 1;
            }
        }
        double micros = (System.nanoTime() - started) / 1e3 / (ROUNDS * MatchingBenchmark.REQUESTS);
        return sink < 0 ? -1 : micros;
    }
}
