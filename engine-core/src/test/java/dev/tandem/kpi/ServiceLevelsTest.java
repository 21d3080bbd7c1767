package dev.tandem.kpi;

import static dev.tandem.ledger.LedgerFixtures.DG;
import static dev.tandem.ledger.LedgerFixtures.GZ;
import static dev.tandem.ledger.LedgerFixtures.SZ;
import static dev.tandem.ledger.LedgerFixtures.WANG;
import static dev.tandem.ledger.LedgerFixtures.accepted;
import static dev.tandem.ledger.LedgerFixtures.deliveredTransfer;
import static dev.tandem.ledger.LedgerFixtures.minutes;
import static dev.tandem.ledger.LedgerFixtures.network;
import static dev.tandem.ledger.LedgerFixtures.received;
import static dev.tandem.ledger.LedgerFixtures.refused;
import static dev.tandem.ledger.LedgerFixtures.shipped;
import static dev.tandem.ledger.LedgerFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.model.RequestId;

class ServiceLevelsTest {

    private static Response response(ServiceLevels levels, String id) {
        return levels.responses().stream().filter(response -> response.entry().id().equals(RequestId.of(id)))
                .findFirst().orElseThrow();
    }

    private static Ledger ledger(List<LedgerEvent> events) {
        Ledger ledger = Ledger.of(network());
        events.forEach(ledger::apply);
        return ledger;
    }

    @Test
    void aTransferWithinTwoHoursKeepsEveryPromiseAndOneAfterBreaksTheTransferPromise() {
        Ledger ledger = ledger(List.of(transfer("ON-TIME", GZ, SZ, 1, 0), accepted("ON-TIME", 5),
                shipped("ON-TIME", 1, 15), received("ON-TIME", 1, 120),
                transfer("LATE", DG, SZ, 1, 0), accepted("LATE", 10), shipped("LATE", 1, 20),
                received("LATE", 1, 121)));

        ServiceLevels levels = ServiceLevels.measure(ledger.state(), minutes(600), ServiceLevelSettings.DEFAULT);

        assertThat(response(levels, "ON-TIME").breaches()).isEmpty();
        assertThat(response(levels, "ON-TIME").fulfilmentTime()).contains(Duration.ofHours(2));
        assertThat(response(levels, "LATE").breaches()).containsExactly(Breach.TRANSFER_PROMISE);
        assertThat(levels.stores().get(DG).breaches(Breach.TRANSFER_PROMISE)).isEqualTo(1);
        assertThat(levels.stores().get(GZ).totalBreaches()).isZero();
        assertThat(levels.network().meanAnswerTime()).contains(Duration.ofMinutes(7).plusSeconds(30));
        assertThat(levels.network().requests()).isEqualTo(2);
    }

    @Test
    void anOpenRequestBreachesThePromisesWhoseDeadlinesHavePassed() {
        Ledger ledger = ledger(List.of(transfer("OPEN", GZ, SZ, 1, 0)));   // Monday 09:00

        ServiceLevelSettings rules = ServiceLevelSettings.DEFAULT;
        assertThat(ServiceLevels.measure(ledger.state(), minutes(119), rules).responses().get(0).breaches())
                .isEmpty();
        assertThat(ServiceLevels.measure(ledger.state(), minutes(121), rules).responses().get(0).breaches())
                .containsExactly(Breach.TRANSFER_PROMISE);
        assertThat(ServiceLevels.measure(ledger.state(), minutes(12 * 60 + 1), rules).responses().get(0).breaches())
                .containsExactly(Breach.TRANSFER_PROMISE, Breach.DAILY_CLOSE);
        assertThat(ServiceLevels.measure(ledger.state(), minutes(24 * 60 + 1), rules).network().breaches())
                .containsEntry(Breach.ANSWER_TIME, 1).containsEntry(Breach.DAILY_CLOSE, 1);
    }

    @Test
    void aRequestAfterTheDailyCloseIsDueByTheNextDaysClose() {
        OffsetDateTime lateEvening = OffsetDateTime.parse("2026-11-23T21:30:00+08:00");

        assertThat(ServiceLevels.closeOf(lateEvening, ServiceLevelSettings.DEFAULT))
                .isEqualTo(OffsetDateTime.parse("2026-11-24T21:00:00+08:00"));
        assertThat(ServiceLevels.closeOf(lateEvening.minusHours(1), ServiceLevelSettings.DEFAULT))
                .isEqualTo(OffsetDateTime.parse("2026-11-23T21:00:00+08:00"));
        ServiceLevelSettings sixPm = new ServiceLevelSettings(Duration.ofHours(2), 3, Duration.ofHours(24),
                LocalTime.of(18, 0));
        assertThat(ServiceLevels.closeOf(lateEvening.minusHours(1), sixPm))
                .isEqualTo(OffsetDateTime.parse("2026-11-24T18:00:00+08:00"));
    }

    @Test
    void aSupportTripBookedLessThanThreeDaysAheadIsChargedToTheRequester() {
        Ledger ledger = ledger(List.of(
                new LedgerEvent.Requested(minutes(0), new SupportTrip(RequestId.of("EARLY"), SZ, DG, WANG,
                        LocalDate.of(2026, 11, 26), 72)),
                new LedgerEvent.Requested(minutes(0), new SupportTrip(RequestId.of("RUSHED"), SZ, DG, WANG,
                        LocalDate.of(2026, 11, 25), 72)),
                accepted("EARLY", 30), refused("RUSHED", 30)));

        ServiceLevels levels = ServiceLevels.measure(ledger.state(), minutes(60), ServiceLevelSettings.DEFAULT);

        assertThat(response(levels, "EARLY").breaches()).isEmpty();
        assertThat(response(levels, "RUSHED").breaches()).containsExactly(Breach.BOOKING_LEAD);
        assertThat(levels.stores().get(SZ).breaches(Breach.BOOKING_LEAD)).isEqualTo(1);
        assertThat(levels.stores().get(DG).requests()).isEqualTo(2);
        assertThat(levels.stores().get(DG).totalBreaches()).isZero();
    }

    @Test
    void aRefusedTransferAnsweredInTimeBreaksNothing() {
        Ledger ledger = ledger(List.of(transfer("NO", GZ, SZ, 1, 0), refused("NO", 20)));
        ledger.apply(deliveredTransfer("YES", 1, 30).get(0));

        ServiceLevels levels = ServiceLevels.measure(ledger.state(), minutes(3 * 24 * 60),
                ServiceLevelSettings.DEFAULT);

        assertThat(response(levels, "NO").breaches()).isEmpty();
        assertThat(response(levels, "YES").breaches()).contains(Breach.ANSWER_TIME, Breach.TRANSFER_PROMISE);
        assertThat(levels.network().answered()).isEqualTo(1);
    }
}
