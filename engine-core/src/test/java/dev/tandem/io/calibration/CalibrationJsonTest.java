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
        ModelParameters parameters = new ModelParameters(0.5, 0.9, 0.4, 0.3, 0.2, 0.7);
        Calibration calibration = new Calibration(CalibrationTargets.PLAYBOOK_BEFORE, parameters, 0.8, 0.4, 0.6, 12);
        String json = CalibrationJson.toJson(calibration);
        assertThat(json).contains("\"stockDepth\"", "\"residual\"");
        assertThat(CalibrationJson.parameters(json, "fit.json")).isEqualTo(parameters);
        assertThatThrownBy(() -> CalibrationJson.parameters(json.replace("0.5,", "-2,"), "fit.json"))
                .hasMessageContaining("fit.json").hasMessageContaining("stockDepth");
        assertThatThrownBy(() -> CalibrationJson.parameters("{}", "fit.json"))
                .hasMessageContaining("fit.json").hasMessageContaining("parameters");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithItsName() {
        assertThatThrownBy(() -> CalibrationJson.parameters("{not json", "fit.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fit.json", "not JSON");
        assertThatThrownBy(() -> CalibrationJson.parameters("{\"parameters\": {\"stockDepth\": \"deep\"}}",
                "fit.json")).hasMessageContaining("parameters.stockDepth");
    }
}
