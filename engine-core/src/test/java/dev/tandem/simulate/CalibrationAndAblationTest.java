package dev.tandem.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.SampleNetworks;

class CalibrationAndAblationTest {

    private static final NetworkSnapshot SOUTH_CHINA = SampleNetworks.southChina();

    @Test
    void theCalibrationHitsTheFillRateAndUtilizationAndReportsTheLongWaitResidual() {
        Calibration calibration = new Calibrator(SimulationSettings.DEFAULT.withWeeks(2), List.of(1L))
                .fit(SOUTH_CHINA, CalibrationTargets.PLAYBOOK_BEFORE);
        assertThat(calibration.fillRate()).isCloseTo(0.82, org.assertj.core.data.Offset.offset(0.03));
        assertThat(calibration.utilization()).isCloseTo(0.58, org.assertj.core.data.Offset.offset(0.03));
        assertThat(calibration.worstResidual()).isEqualTo(Math.max(Math.abs(calibration.fillRate() - 0.82),
                Math.max(Math.abs(calibration.longWaitShare() - 0.35), Math.abs(calibration.utilization() - 0.58))));
        assertThat(calibration.parameters().stockDepth()).isLessThan(1)
                .as("the bundled snapshot stocks deeper than an 82 % fill rate");
        assertThat(calibration.table()).contains("| part fill rate | 82.0 % |", "not fitted", "Fitted in");
    }

    @Test
    void whereTheOtherParametersCannotReachTheLongWaitsPatienceIsFittedAndSaid() {
        SimulationSettings settings = SimulationSettings.DEFAULT.withWeeks(2);
        CalibrationTargets fewLongWaits = new CalibrationTargets(0.82, 0.2, 0.58, Optional.empty());
        Calibration calibration = new Calibrator(settings, List.of(1L)).fit(SOUTH_CHINA, fewLongWaits);
        PolicyOutcome atTwoHours = new NetworkSimulator(settings.withModel(calibration.parameters()
                .withPatienceHours(2)), SimulationEngines.greedy()).run(SOUTH_CHINA, Policy.ISOLATED, 1,
                        SimulationListener.NONE);
        assertThat(calibration.parameters().patienceHours()).isGreaterThan(2);
        assertThat(Math.abs(calibration.longWaitShare() - 0.2)).isLessThan(Math.abs(atTwoHours.longWaitShare() - 0.2));
        assertThat(calibration.table()).contains("Customers' patience", "a longer wait is a long wait");
    }

    @Test
    void theFittedParametersReproduceTheCalibratedFigures() {
        SimulationSettings settings = SimulationSettings.DEFAULT.withWeeks(2);
        Calibration calibration = new Calibrator(settings, List.of(3L))
                .fit(SOUTH_CHINA, new CalibrationTargets(0.9, 0.3, 0.6, Optional.empty()));
        PolicyOutcome rerun = new NetworkSimulator(settings.withModel(calibration.parameters()),
                SimulationEngines.greedy()).run(SOUTH_CHINA, Policy.ISOLATED, 3, SimulationListener.NONE);
        assertThat(rerun.fillRate()).isEqualTo(calibration.fillRate());
        assertThat(rerun.longWaitShare()).isEqualTo(calibration.longWaitShare());
        assertThat(rerun.utilization()).isEqualTo(calibration.utilization());
    }

    @Test
    void anAblationTriesEachLeverAloneAllButEachAndAll() {
        assertThat(Ablation.variantsOf(Lever.all())).hasSize(6 + 6 + 1).first().isEqualTo(
                EnumSet.of(Lever.EMERGENCY_TRANSFERS));
        Set<Lever> two = EnumSet.of(Lever.EMERGENCY_TRANSFERS, Lever.DIVERSION);
        assertThat(Ablation.variantsOf(two)).containsExactly(EnumSet.of(Lever.EMERGENCY_TRANSFERS),
                EnumSet.of(Lever.DIVERSION), two);
        Ablation ablation = new NetworkSimulator(SimulationSettings.DEFAULT.withWeeks(1).withLevers(two),
                SimulationEngines.greedy()).ablate(SOUTH_CHINA, List.of(1L, 2L));
        PolicyOutcome transfersOnly = new NetworkSimulator(SimulationSettings.DEFAULT.withWeeks(1).withLevers(
                EnumSet.of(Lever.EMERGENCY_TRANSFERS)), SimulationEngines.greedy())
                .run(SOUTH_CHINA, Policy.NETWORK, 2, SimulationListener.NONE);
        assertThat(ablation.of(EnumSet.of(Lever.EMERGENCY_TRANSFERS)).network().get(1)).isEqualTo(transfersOnly);
        assertThat(ablation.of(EnumSet.of(Lever.DIVERSION)).network()).allSatisfy(outcome ->
                assertThat(outcome.emergencyTransfers()).isZero());
        assertThat(ablation.table(two)).contains("| transfers alone |", "| diversion alone |", "| all |");
    }

    @Test
    void anEffectIsSignificantOnlyWhenItsIntervalLeavesOutZero() {
        Spread clear = Spread.of(List.of(10.0, 11.0, 12.0), x -> x);
        assertThat(clear.halfWidth95()).isCloseTo(4.303 / Math.sqrt(3), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(clear.excludesZero()).isTrue();
        assertThat(clear.wholeInterval()).isEqualTo("+11 [9, 13]");
        Spread noisy = Spread.of(List.of(-5.0, 1.0, 7.0), x -> x);
        assertThat(noisy.excludesZero()).isFalse();
        assertThat(noisy.wholeInterval()).endsWith("not significant");
        assertThat(Spread.of(List.of(0.02), x -> x).pointsInterval()).contains("one run");
        assertThat(Duration.ofHours(2)).isEqualTo(CalibrationTargets.PLAYBOOK_BEFORE.transferResponse().orElseThrow());
    }
}
