package dev.tandem.io.calibration;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tandem.simulate.Calibration;
import dev.tandem.simulate.CalibrationTargets;
import dev.tandem.simulate.ModelParameters;

/**
 * A simulator calibration ({@link Calibration}) as a JSON file a user can read and edit: {@code parameters} (the model's free parameters, the
 * part the simulator reads back; a file without {@code patienceHours} keeps the playbook's 2 h), then
 * {@code targets}, {@code model}, {@code residual} and the {@code notes} on targets not reached, for the record.
 *
 * <pre>{@code
 * {"formatVersion": 1,
 *  "parameters": {"stockDepth": 0.49, "jobHoursScale": 0.93, "morningShare": 0.0, "appointmentShare": 1.0,
 *                 "repairSpread": 0.0, "loadSpread": 0.0, "patienceHours": 2.0},
 *  "targets": {"fillRate": 0.82, ...}, "model": {"fillRate": 0.82, ...}, "residual": {"fillRate": 0.0, ...}}
 * }</pre>
 */
public final class CalibrationJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NAMES =
            {"stockDepth", "jobHoursScale", "morningShare", "appointmentShare", "repairSpread", "loadSpread",
                "patienceHours"};
    /** The parameters a file must hold: patience may be missing (files written before it was fitted). */
    private static final int REQUIRED = 6;

    private CalibrationJson() {
    }

    /** The calibration as pretty-printed JSON. */
    public static String toJson(Calibration calibration) {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", 1);
        ModelParameters p = calibration.parameters();
        double[] values = {p.stockDepth(), p.jobHoursScale(), p.morningShare(), p.appointmentShare(),
            p.repairSpread(), p.loadSpread(), p.patienceHours()};
        ObjectNode parameters = root.putObject("parameters");
        for (int i = 0; i < NAMES.length; i++) {
            parameters.put(NAMES[i], round(values[i]));
        }
        CalibrationTargets targets = calibration.targets();
        figures(root.putObject("targets"), targets.fillRate(), targets.longWaitShare(), targets.utilization());
        targets.transferResponse().ifPresent(response -> ((ObjectNode) root.get("targets"))
                .put("transferResponseMinutes", response.toMinutes()));
        figures(root.putObject("model"), calibration.fillRate(), calibration.longWaitShare(),
                calibration.utilization());
        figures(root.putObject("residual"), calibration.fillRate() - targets.fillRate(),
                calibration.longWaitShare() - targets.longWaitShare(),
                calibration.utilization() - targets.utilization());
        root.put("evaluations", calibration.evaluations());
        calibration.notes().forEach(root.putArray("notes")::add);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The model parameters of a calibration file; {@code source} names the file in errors.
     *
     * @throws IllegalArgumentException naming the file and the field when the file is not JSON, lacks a parameter
     *     or holds one out of range
     */
    public static ModelParameters parameters(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "The calibration file (%s) is not JSON: line %d.%nMaybe write it again with tandem calibrate.",
                    source, e.getLocation() == null ? 0 : e.getLocation().getLineNr()));
        }
        JsonNode parameters = root == null ? null : root.get("parameters");
        if (parameters == null || !parameters.isObject()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "The calibration file (%s) has no "
                    + "parameters object.%nMaybe write it again with tandem calibrate.", source));
        }
        double[] values = new double[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            JsonNode value = parameters.get(NAMES[i]);
            if (value == null && i >= REQUIRED) {
                values[i] = ModelParameters.PLAYBOOK_PATIENCE_HOURS;
                continue;
            }
            if (value == null || !value.isNumber()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "The calibration file (%s) needs a "
                        + "number at parameters.%s.%nMaybe write it again with tandem calibrate.", source, NAMES[i]));
            }
            values[i] = value.doubleValue();
        }
        try {
            return new ModelParameters(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "The calibration file (%s) has a bad "
                    + "parameter: %s%nMaybe edit it back into range.", source, e.getMessage()), e);
        }
    }

    private static void figures(ObjectNode node, double fillRate, double longWaitShare, double utilization) {
        node.put("fillRate", round(fillRate));
        node.put("longWaitShare", round(longWaitShare));
        node.put("utilization", round(utilization));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
