package dev.tandem;

import java.util.List;
import java.util.function.Supplier;

import dev.tandem.network.internal.Bounds;
import dev.tandem.rebalance.internal.RebalancePlans;

/** Public classes that show internal types in their signatures, for the control of {@link ApiSurfaceTest}. */
public final class LeakyCoreApi {

    private LeakyCoreApi() {
    }

    /** A public method that takes an internal type inside a generic type. */
    public static void check(List<Bounds> bounds) {
        bounds.forEach(each -> { });
    }

    /** A public interface that returns an internal type inside a generic type. */
    public interface Shown {

        Supplier<RebalancePlans> plans();
    }
}
