package dev.tandem.job;

/**
 * A solver cannot run here, such as one whose native library does not load on this platform. A host that asked
 * for the best available solver gets the core's baseline instead; one that asked for this solver by name gets
 * this exception.
 */
public class SolverUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SolverUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
