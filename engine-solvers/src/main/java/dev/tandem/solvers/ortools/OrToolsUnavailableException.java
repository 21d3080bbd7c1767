package dev.tandem.solvers.ortools;

/** OR-Tools cannot run here: its native library is missing for this platform or failed to load. */
public final class OrToolsUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    OrToolsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
