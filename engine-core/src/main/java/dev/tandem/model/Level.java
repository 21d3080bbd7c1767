package dev.tandem.model;

/** A technician's grade (等级), ordered: {@code T1 < T2 < T3}. */
public enum Level {
    /** Routine maintenance and simple repairs. */
    T1,
    /** Skilled diagnosis within a specialty. */
    T2,
    /** Expert: complex faults, such as high-voltage systems. */
    T3;

    /** Whether this level is {@code minimum} or higher. */
    public boolean isAtLeast(Level minimum) {
        return compareTo(minimum) >= 0;
    }
}
