package dev.tandem.solvers.internal.ortools;

import com.google.ortools.Loader;

/**
 * Loads the OR-Tools native library once, on first use, and turns a failure into a clear
 * {@link OrToolsUnavailableException}. Every class that touches an OR-Tools solver calls {@link #ensureLoaded()}
 * first; no domain type loads it from a static initialiser.
 */
public final class OrToolsNative {

    private OrToolsNative() {
    }

    /**
     * Loads the native library if it is not loaded yet; thread-safe, cheap after the first call.
     *
     * @throws OrToolsUnavailableException if this platform has no OR-Tools native library or it fails to load
     */
    public static void ensureLoaded() {
        Holder.ensure();
    }

    /** The holder idiom: the JVM runs the static initialiser once, on first access, under its class-init lock. */
    private static final class Holder {

        private static final RuntimeException FAILURE = load();

        private static RuntimeException load() {
            try {
                Loader.loadNativeLibraries();
                return null;
            } catch (RuntimeException | LinkageError e) {
                return new OrToolsUnavailableException("The OR-Tools native library could not be loaded on "
                        + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": " + e
                        + "\nMaybe run on a platform OR-Tools ships natives for (linux, macOS, windows on x86-64 or "
                        + "aarch64), or use the greedy baselines of engine-core.", e);
            }
        }

        static void ensure() {
            if (FAILURE != null) {
                throw FAILURE;
            }
        }
    }
}
