package dev.tandem.model;

/** The load of a store on a day, as the capacity monitor colours it. */
public enum LoadState {
    /** At or above the overload threshold (red, 超载). */
    OVERLOADED,
    /** Between the thresholds (yellow, 健康). */
    HEALTHY,
    /** Below the idle threshold (green, 空闲). */
    IDLE
}
