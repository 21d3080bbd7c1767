package dev.tandem.io.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.tandem.simulate.Calibration;
import dev.tandem.simulate.CalibrationTargets;
import dev.tandem.simulate.ModelParameters;

class CalibrationJsonTest {

    @Test
    void aCalibrationFileRoundTripsItsParametersAndTellsBadValuesByName() {
        ModelParameters parameters = new ModelParameters(0.5, 0.9, 0.4, 0.3, 0.2, 0.7, 2.75);
        Calibration calibration =
                new Calibration(CalibrationTargets.PLAYBOOK_BEFORE, parameters, 0.8, 0.4, 0.6, 12, true);
        String json = CalibrationJson.toJson(calibration);
        assertThat(json).contains("\"stockDepth\"", "\"patienceHours\" : 2.75", "\"residual\"");
        assertThat(CalibrationJson.parameters(json, "fit.json")).isEqualTo(parameters);
        assertThatThrownBy(() -> CalibrationJson.parameters(json.replace("0.5,", "-2,"), "fit.json"))
                .hasMessageContaining("fit.json").hasMessageContaining("stockDepth");
        assertThatThrownBy(() -> CalibrationJson.parameters(json.replace("2.75", "12"), "fit.json"))
                .hasMessageContaining("fit.json").hasMessageContaining("patienceHours");
        assertThatThrownBy(() -> CalibrationJson.parameters("{}", "fit.json"))
                .hasMessageContaining("fit.json").hasMessageContaining("parameters");
    }

    @Test
    void aFileWrittenBeforePatienceWasFittedKeepsThePlaybooksTwoHours() {
        String old = "{\"parameters\": {\"stockDepth\": 0.5, \"jobHoursScale\": 0.9, \"morningShare\": 0.4, "
                + "\"appointmentShare\": 0.3, \"repairSpread\": 0.2, \"loadSpread\": 0.7}}";
        assertThat(CalibrationJson.parameters(old, "fit.json").patienceHours()).isEqualTo(2.0);
    }

    @Test
    void aTargetTheFitCannotReachIsNotedInTheFile() {
        ModelParameters parameters = new ModelParameters(3, 0.9, 0.4, 0.3, 0.2, 1);
        Calibration noPartDemand =
                new Calibration(CalibrationTargets.PLAYBOOK_BEFORE, parameters, 1.0, 0.35, 0.58, 30, false);
        assertThat(noPartDemand.notes()).singleElement().asString().contains("fill rate", "no customer needs a part");
        assertThat(CalibrationJson.toJson(noPartDemand)).contains("\"notes\"", "no customer needs a part");
        Calibration met = new Calibration(CalibrationTargets.PLAYBOOK_BEFORE, parameters, 0.82, 0.35, 0.58, 30, true);
        assertThat(met.notes()).isEmpty();
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithItsName() {
        assertThatThrownBy(() -> CalibrationJson.parameters("{not json", "fit.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fit.json", "not JSON");
        assertThatThrownBy(() -> CalibrationJson.parameters("{\"parameters\": {\"stockDepth\": \"deep\"}}",
                "fit.json")).hasMessageContaining("parameters.stockDepth");
    }
}
