package dev.tandem.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Store;
import dev.tandem.model.StoreId;

class TravelModelTest {

    private static final Store SHENZHEN = Store.of("SZ", "Shenzhen Futian", "PRD", 22.5431, 114.0579, 30);
    private static final Store DONGGUAN = Store.of("DG", "Dongguan Nancheng", "PRD", 23.0207, 113.7518, 20);
    private static final Store GUANGZHOU = Store.of("GZ", "Guangzhou Yuexiu", "PRD", 23.1291, 113.2644, 25);

    @Test
    void haversineScalesTheGreatCircleByRoadFactorAndSpeed() {
        double crowFlies = SHENZHEN.location().greatCircleKm(DONGGUAN.location());

        Leg leg = HaversineTravel.DEFAULT.leg(SHENZHEN, DONGGUAN);

        assertThat(crowFlies).isCloseTo(61.3, within(0.5));
        assertThat(leg.distanceKm()).isCloseTo(crowFlies * 1.3, within(1e-9));
        assertThat(leg.driveMinutes()).isCloseTo(leg.distanceKm() / 45.0 * 60.0, within(1e-9));
        assertThat(leg.driveMinutes()).isCloseTo(107, within(1.0));
    }

    @Test
    void haversineIsSymmetricAndZeroToItself() {
        assertThat(HaversineTravel.DEFAULT.leg(SHENZHEN, GUANGZHOU))
                .isEqualTo(HaversineTravel.DEFAULT.leg(GUANGZHOU, SHENZHEN));
        assertThat(HaversineTravel.DEFAULT.leg(SHENZHEN, SHENZHEN)).isEqualTo(Leg.ZERO);
    }

    @Test
    void matrixUsesMeasuredLegsEitherWayAndFallsBackForTheRest() {
        Leg measured = new Leg(72.0, 65.0);
        TravelMatrix matrix = new TravelMatrix(Map.of(new TravelMatrix.Route(StoreId.of("SZ"), StoreId.of("DG")),
                measured), HaversineTravel.DEFAULT);

        assertThat(matrix.leg(SHENZHEN, DONGGUAN)).isEqualTo(measured);
        assertThat(matrix.leg(DONGGUAN, SHENZHEN)).isEqualTo(measured);
        assertThat(matrix.leg(SHENZHEN, GUANGZHOU)).isEqualTo(HaversineTravel.DEFAULT.leg(SHENZHEN, GUANGZHOU));
    }

    @Test
    void rejectsImpossibleParameters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HaversineTravel(0.9, 45))
                .withMessageContaining("roadFactor (0.9)");
        assertThatIllegalArgumentException().isThrownBy(() -> new HaversineTravel(1.3, 0))
                .withMessageContaining("speedKmh (0.0)");
        assertThatIllegalArgumentException().isThrownBy(() -> new Leg(Double.NaN, 3))
                .withMessageContaining("distanceKm (NaN)");
    }
}
