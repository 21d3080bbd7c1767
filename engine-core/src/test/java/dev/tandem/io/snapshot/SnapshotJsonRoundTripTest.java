package dev.tandem.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.SampleNetworks;

class SnapshotJsonRoundTripTest {

    @Test
    void southChinaSampleSurvivesWriteThenRead() {
        NetworkSnapshot sample = SampleNetworks.southChina();

        String json = SnapshotJson.toJson(sample);
        NetworkSnapshot again = SnapshotJson.read(json);

        assertThat(again).isEqualTo(sample);
        assertThat(SnapshotJson.toJson(again)).isEqualTo(json);
    }

    @Test
    void southChinaSampleHasThePlaybookShape() {
        NetworkSnapshot sample = SampleNetworks.southChina();

        assertThat(sample.stores()).hasSize(15);
        assertThat(sample.parts()).hasSize(50);
        assertThat(sample.technicians()).hasSize(60);
        assertThat(sample.capacity(StoreId.of("SZ"), sample.today())).hasValueSatisfying(day -> {
            assertThat(day.capacity()).isEqualTo(30);
            assertThat(day.booked()).isEqualTo(32);
        });
    }
}
