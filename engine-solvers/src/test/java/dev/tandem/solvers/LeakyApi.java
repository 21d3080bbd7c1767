package dev.tandem.solvers;

import java.util.Optional;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** Public classes that leak Timefold types, for the control of {@link ApiArchitectureTest}. */
public final class LeakyApi {

    private LeakyApi() {
    }

    /** A public record whose component is a Timefold score inside a generic type. */
    public record Leaky(Optional<HardMediumSoftLongScore> score) {
    }

    /** A public class that implements a Timefold interface. */
    public abstract static class LeakyProvider implements ConstraintProvider {
    }
}
