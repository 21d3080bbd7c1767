package dev.tandem.benchmarks;

import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;

/**
 * The generated networks every benchmark runs on: {@code stores} stores, 20,000 parts and five technicians a
 * store, from one fixed seed, so that a size always means the same network.
 */
final class BenchmarkNetworks {

    static final int PARTS = 20_000;
    /**
     * The 2,000 stores × 10,000 technicians is five a store, about what a store employs. The smaller sizes
     * keep that ratio (75 at 15 stores, 1,000 at 200) rather than 10,000 in all three: hundreds of technicians a
     * store would measure a network that does not exist and make the per-store skill index, not the drive order,
     * decide the technician timings.
     */
    static final int TECHNICIANS_PER_STORE = 5;
    static final long SEED = 20_261_127L;

    private BenchmarkNetworks() {
    }

    static GeneratorSpec spec(int stores) {
        return GeneratorSpec.of(stores, PARTS, stores * TECHNICIANS_PER_STORE, SEED);
    }

    static NetworkSnapshot generate(int stores) {
        return NetworkGenerator.generate(spec(stores));
    }
}
