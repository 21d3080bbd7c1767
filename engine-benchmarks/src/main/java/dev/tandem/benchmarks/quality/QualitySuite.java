package dev.tandem.benchmarks.quality;

import java.util.List;

/** One engine's part of the quality harness: its solvers against baseline, exact optimum and peer. */
interface QualitySuite {

    /** The rows of this engine at {@code scale}. */
    List<QualityRow> run(Scale scale);

    /** How big the instances are: quick ones for a smoke test, the sizes for the README. */
    enum Scale {
        QUICK,
        FULL
    }
}
