package dev.tandem.io.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.InputError;

/** A capacity date far from the snapshot is a typo, caught at the door rather than as a huge live index. */
class CapacityDateRangeTest {

    @Test
    void aCapacityDateCenturiesAwayIsAProblem() {
        String json = SnapshotTexts.SMALL.replace("\"store\": \"GZ\", \"date\": \"2026-11-27\"",
                "\"store\": \"GZ\", \"date\": \"2206-11-27\"");

        assertThatThrownBy(() -> SnapshotJson.read(json)).isInstanceOfSatisfying(InvalidSnapshotException.class,
                e -> assertThat(e.problems()).extracting(InputError::toString).containsExactly(
                        "capacity[1].date: 2206-11-27 is more than 366 days from the snapshot date (2026-11-27)"));
    }

    @Test
    void aDateWithinAYearIsFine() {
        String json = SnapshotTexts.SMALL.replace("\"store\": \"GZ\", \"date\": \"2026-11-27\"",
                "\"store\": \"GZ\", \"date\": \"2027-06-30\"");

        assertThat(SnapshotJson.read(json).capacityDates()).hasSize(2);
    }
}
