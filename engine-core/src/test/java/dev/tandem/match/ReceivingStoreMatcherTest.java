package dev.tandem.match;

import static dev.tandem.match.MatchFixtures.A;
import static dev.tandem.match.MatchFixtures.B;
import static dev.tandem.match.MatchFixtures.C;
import static dev.tandem.match.MatchFixtures.D;
import static dev.tandem.match.MatchFixtures.R;
import static dev.tandem.match.MatchFixtures.TODAY;
import static dev.tandem.match.MatchFixtures.day;
import static dev.tandem.match.MatchFixtures.technician;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;

class ReceivingStoreMatcherTest {

    private static final ReceivingRequest PAINT_JOB = ReceivingRequest.of(R, 3.0, Skill.BODY_PAINT, TODAY);

    private static ReceivingMatch match(LiveNetwork live, ReceivingRequest request) {
        ReceivingMatch indexed = new IndexedReceivingStoreMatcher(live, MatchSettings.DEFAULT).match(request);
        ReceivingMatch scanning = new ScanningReceivingStoreMatcher(live, MatchSettings.DEFAULT).match(request);
        assertThat(indexed).as("indexed and scanning matchers agree").isEqualTo(scanning);
        return indexed;
    }

    private static List<StoreId> stores(ReceivingMatch match) {
        return match.options().stream().map(option -> option.store().id()).toList();
    }

    private static LiveNetwork network() {
        return LiveNetwork.of(MatchFixtures.line()
                .addCapacity(day(R, 30, 32)).addCapacity(day(A, 20, 19)).addCapacity(day(B, 20, 12))
                .addCapacity(day(C, 20, 10)).addCapacity(day(D, 20, 2))
                .addTechnician(technician("a", A, Level.T2, Skill.BODY_PAINT, TechnicianStatus.ON_DUTY))
                .addTechnician(technician("b", B, Level.T1, Skill.BODY_PAINT, TechnicianStatus.ON_DUTY))
                .addTechnician(technician("c", C, Level.T2, Skill.BODY_PAINT, TechnicianStatus.ON_DUTY))
                .addTechnician(technician("d", D, Level.T2, Skill.BODY_PAINT, TechnicianStatus.ON_DUTY))
                .build());
    }

    @Test
    void ranksStoresWithRoomAndAQualifiedTechnicianWithinTheDrive() {
        ReceivingMatch match = match(network(), PAINT_JOB);

        assertThat(stores(match)).as("C is 69 min away, beyond the default hour").containsExactly(B);
        ReceivingOption best = match.options().get(0);
        assertThat(best.spareJobs()).isEqualTo(8);
        assertThat(best.utilization()).isEqualTo(0.6);
        assertThat(best.reason()).startsWith("Store B: 8 jobs free (60 % booked), ");
    }

    @Test
    void aLongerDriveReachesFartherStores() {
        ReceivingMatch match = match(network(), PAINT_JOB.withMaxDrive(Duration.ofHours(4)));

        assertThat(stores(match)).containsExactly(B, C, D);
    }

    @Test
    void explainsWhyNearbyStoresCannotTakeTheCustomer() {
        LiveNetwork live = network();
        live.setStatus(TechnicianId.of("b"), TechnicianStatus.OFF);
        live.book(C, TODAY, 9);

        ReceivingMatch match = match(live, PAINT_JOB.withMaxDrive(Duration.ofHours(2)));

        assertThat(match.options()).isEmpty();
        assertThat(match.misses()).extracting(Rejection::rule).containsExactly(Rule.NO_SPARE_CAPACITY,
                Rule.NO_QUALIFIED_TECHNICIAN_ON_DUTY, Rule.NO_SPARE_CAPACITY, Rule.TOO_FAR, Rule.TOO_FAR);
        assertThat(match.misses().get(0)).hasToString(
                "Store A (A): NO_SPARE_CAPACITY, 1 jobs free on 2026-11-27, 2 needed");
    }
}
