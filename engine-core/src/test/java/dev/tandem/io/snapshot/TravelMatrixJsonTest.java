package dev.tandem.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.tandem.model.StoreId;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;
import dev.tandem.travel.HaversineTravel;
import dev.tandem.travel.Leg;
import dev.tandem.travel.TravelMatrix;

/** A measured travel matrix read from JSON, used, and written back. */
class TravelMatrixJsonTest {

    private static final String MATRIX = "\"travel\": {\"model\": \"matrix\", \"roadFactor\": 1.3, \"speedKmh\": 45, "
            + "\"legs\": [{\"from\": \"SZ\", \"to\": \"DG\", \"km\": 62.5, \"minutes\": 70}]}";
    private static final StoreId SZ = StoreId.of("SZ");
    private static final StoreId GZ = StoreId.of("GZ");
    private static final StoreId DG = StoreId.of("DG");
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    /** Equal JSON, where numbers compare by value: 45 and 45.0 are the same speed. */
    private static final Comparator<JsonNode> SAME_VALUE = (left, right) -> left.equals(right)
            || left.isNumber() && right.isNumber() && left.decimalValue().compareTo(right.decimalValue()) == 0 ? 0 : 1;

    @Test
    void measuredLegIsUsedInBothDirections() {
        NetworkSnapshot snapshot = SnapshotJson.read(withTravel(MATRIX));

        assertThat(snapshot.travel()).isInstanceOf(TravelMatrix.class);
        assertThat(snapshot.leg(SZ, DG)).isEqualTo(new Leg(62.5, 70));
        assertThat(snapshot.leg(DG, SZ)).isEqualTo(new Leg(62.5, 70));
    }

    @Test
    void pairsNotInTheMatrixFallBackToTheHaversineEstimate() {
        NetworkSnapshot snapshot = SnapshotJson.read(withTravel(MATRIX));
        Leg estimate = new HaversineTravel(1.3, 45).leg(snapshot.store(SZ), snapshot.store(GZ));

        assertThat(snapshot.leg(SZ, GZ)).isEqualTo(estimate);
        assertThat(snapshot.leg(GZ, SZ)).isEqualTo(estimate);
        assertThat(estimate.distanceKm()).isBetween(100.0, 200.0);
        assertThat(snapshot.leg(DG, DG)).isEqualTo(Leg.ZERO);
    }

    @Test
    void matrixIsWrittenBackAsItWasRead() {
        String json = withTravel(MATRIX);
        NetworkSnapshot snapshot = SnapshotJson.read(json);

        String written = SnapshotJson.toJson(snapshot);

        assertThat(tree(written).get("travel").equals(SAME_VALUE, tree(json).get("travel")))
                .as("written travel %s", tree(written).get("travel")).isTrue();
        assertThat(written).contains("\"travel\": {\"model\": \"matrix\", \"roadFactor\": 1.3, \"speedKmh\": 45.0, "
                + "\"legs\": [{\"from\": \"SZ\", \"to\": \"DG\", \"km\": 62.5, \"minutes\": 70.0}]}");
        NetworkSnapshot again = SnapshotJson.read(written);
        assertThat(again).isEqualTo(snapshot);
        assertThat(SnapshotJson.toJson(again)).isEqualTo(written);
    }

    @Test
    void legFromAnUnknownStoreIsReported() {
        String json = withTravel(MATRIX.replace("\"from\": \"SZ\"", "\"from\": \"XX\""));

        assertThat(problemsOf(json)).containsExactly("travel.legs[0].from: unknown store \"XX\"");
    }

    @Test
    void sameLegGivenTwiceIsReported() {
        String json = withTravel(MATRIX.replace("]}", ", {\"from\": \"SZ\", \"to\": \"DG\", \"km\": 60, "
                + "\"minutes\": 65}]}"));

        assertThat(problemsOf(json)).containsExactly("travel.legs[1]: duplicate leg from \"SZ\" to \"DG\"");
    }

    @Test
    void legsWithTheHaversineModelAreReported() {
        String json = withTravel(MATRIX.replace("\"matrix\"", "\"haversine\""));

        assertThat(problemsOf(json)).containsExactly("travel.legs: is only allowed with model \"matrix\"");
    }

    /** The small snapshot with {@code travel} as its travel section. */
    private static String withTravel(String travel) {
        String small = SnapshotTexts.SMALL;
        return small.substring(0, small.indexOf("\"travel\"")) + travel + "\n}\n";
    }

    private static List<String> problemsOf(String json) {
        InvalidSnapshotException rejected =
                catchThrowableOfType(InvalidSnapshotException.class, () -> SnapshotJson.read(json));
        assertThat(rejected).as("the snapshot is rejected").isNotNull();
        return rejected.problems().stream().map(InputError::toString).toList();
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
