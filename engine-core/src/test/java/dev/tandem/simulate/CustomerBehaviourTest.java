package dev.tandem.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CustomerBehaviourTest {

    private final CustomerBehaviour behaviour = CustomerBehaviour.DEFAULT;

    @Test
    void nobodyLeavesWithinTwoHours() {
        assertThat(behaviour.churn(0)).isZero();
        assertThat(behaviour.churn(2.0)).isZero();
        assertThat(behaviour.isLongWait(2.0)).isFalse();
        assertThat(behaviour.isLongWait(2.01)).isTrue();
    }

    @Test
    void theChanceOfLeavingGrowsWithTheWaitUpToItsCap() {
        assertThat(behaviour.churn(3.0)).isCloseTo(0.13, within(1e-12));
        assertThat(behaviour.churn(12.0)).isCloseTo(0.40, within(1e-12));
        assertThat(behaviour.churn(120.0)).isEqualTo(0.60);
    }

    @Property
    void churnIsAProbabilityThatNeverFallsAsTheWaitGrows(@ForAll @DoubleRange(min = 0, max = 200) double hours,
            @ForAll @DoubleRange(min = 0, max = 50) double more) {
        assertThat(behaviour.churn(hours)).isBetween(0.0, 1.0);
        assertThat(behaviour.churn(hours + more)).isGreaterThanOrEqualTo(behaviour.churn(hours));
    }

    @Property
    void offersFarAwayAreTakenLessAndCouponsHelp(@ForAll @DoubleRange(min = 0, max = 300) double minutes,
            @ForAll @DoubleRange(min = 0, max = 1000) double coupon) {
        double p = behaviour.acceptance(minutes, coupon);
        assertThat(p).isBetween(0.0, 0.98);
        assertThat(behaviour.acceptance(minutes + 10, coupon)).isLessThanOrEqualTo(p);
        assertThat(behaviour.acceptance(minutes, coupon + 100)).isGreaterThanOrEqualTo(p);
    }

    @Test
    void nonsenseIsRefusedByName() {
        assertThatThrownBy(() -> new CustomerBehaviour(Duration.ZERO, 0.1, 0.03, 0.6, 0.75, 0.005, 0.0005, 0.08))
                .hasMessageContaining("patience");
        assertThatThrownBy(() -> new CustomerBehaviour(Duration.ofHours(2), 1.5, 0.03, 0.6, 0.75, 0.005, 0.0005, 0.08))
                .hasMessageContaining("churnAtPatience (1.5)");
        assertThatThrownBy(() -> SimulationSettings.DEFAULT.withWeeks(0)).hasMessageContaining("weeks (0)");
    }
}
