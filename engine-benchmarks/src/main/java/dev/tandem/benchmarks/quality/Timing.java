package dev.tandem.benchmarks.quality;

import java.util.Locale;
import java.util.function.Supplier;

/** Wall-clock timing of one call. */
final class Timing {

    private Timing() {
    }

    /** A result and the seconds it took. */
    record Timed<T>(T value, double seconds) {
    }

    static <T> Timed<T> time(Supplier<T> call) {
        long started = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, (System.nanoTime() - started) / 1e9);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%+.2f %%", 100 * ratio);
    }

    static String times(double factor) {
        return String.format(Locale.ROOT, "%.0f× faster", factor);
    }
}
