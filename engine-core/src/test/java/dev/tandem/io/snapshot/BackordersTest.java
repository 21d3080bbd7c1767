package dev.tandem.io.snapshot;

import dev.tandem.io.csv.CsvNetworkImport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;

/** Customers waiting for a part (欠货) travel through JSON and CSV and are validated like any other count. */
class BackordersTest {

    private static final String WITH_BACKORDERS = SnapshotTexts.SMALL.replace(
            "\"onHand\": 0, \"reserved\": 0, \"safetyStock\": 1, \"avgDailyDemand\": 0.05}",
            "\"onHand\": 0, \"reserved\": 0, \"safetyStock\": 1, \"avgDailyDemand\": 0.05, \"backorders\": 2}");

    @Test
    void backordersRoundTripThroughJsonAndDefaultToZero() {
        NetworkSnapshot network = SnapshotJson.read(WITH_BACKORDERS);

        assertThat(network.stock(StoreId.of("SZ"), PartNumber.of("BMS-01")).orElseThrow().backorders()).isEqualTo(2);
        assertThat(network.stock(StoreId.of("SZ"), PartNumber.of("HL-FL")).orElseThrow().backorders()).isZero();
        assertThat(SnapshotJson.read(SnapshotJson.toJson(network))).isEqualTo(network);
        assertThat(SnapshotJson.toJson(network)).containsOnlyOnce("\"backorders\": 2");
    }

    @Test
    void negativeBackordersAreAProblemWithTheirPlace() {
        String json = WITH_BACKORDERS.replace("\"backorders\": 2", "\"backorders\": -1");

        assertThatThrownBy(() -> SnapshotJson.read(json)).isInstanceOfSatisfying(InvalidSnapshotException.class,
                e -> assertThat(e.problems()).extracting(InputError::toString)
                        .containsExactly("stock[1].backorders: -1 is negative"));
    }

    @Test
    void longStockTableReadsTheBackorderColumn() throws Exception {
        NetworkSnapshot network = CsvNetworkImport.builder()
                .asOf(OffsetDateTime.parse("2026-11-27T09:00+08:00"))
                .stores("stores.csv", "id,name,lat,lon,dailyCapacity\nSZ,深圳店,22.54,114.05,30\n"
                        .getBytes(StandardCharsets.UTF_8))
                .stock("stock.csv", "门店,备件编号,在库,安全库存,欠货\n深圳店,HL-FL,0,1,2\n"
                        .getBytes(StandardCharsets.UTF_8))
                .build().read();

        assertThat(network.stock(StoreId.of("SZ"), PartNumber.of("HL-FL")).orElseThrow().backorders()).isEqualTo(2);
    }
}
