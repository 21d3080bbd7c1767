package dev.tandem.solvers.internal.timefold;

import java.util.Objects;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import dev.tandem.solvers.CheckLevel;

/** Timefold's environment mode of each {@link CheckLevel}. */
public final class Environments {

    private Environments() {
    }

    /** {@link EnvironmentMode#NO_ASSERT} for {@link CheckLevel#OFF}, {@link EnvironmentMode#FULL_ASSERT} for FULL. */
    public static EnvironmentMode of(CheckLevel level) {
        return switch (Objects.requireNonNull(level, "level")) {
            case OFF -> EnvironmentMode.NO_ASSERT;
            case FULL -> EnvironmentMode.FULL_ASSERT;
        };
    }
}
