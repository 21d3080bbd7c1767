package dev.tandem.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.io.ledger.LedgerJson;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerState;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.report.IsoWeek;
import dev.tandem.report.ReportSettings;
import dev.tandem.report.WeeklyReport;

class LedgerGeneratorTest {

    private static final NetworkSnapshot SOUTH_CHINA = SampleNetworks.southChina();

    @Test
    void theSameSeedGivesTheSameLedgerAndAnotherSeedAnother() {
        List<LedgerEvent> events = LedgerGenerator.generate(SOUTH_CHINA, 4, 1);

        assertThat(LedgerGenerator.generate(SOUTH_CHINA, 4, 1)).isEqualTo(events);
        assertThat(LedgerGenerator.generate(SOUTH_CHINA, 4, 2)).isNotEqualTo(events);
        assertThat(events).isSortedAccordingTo(Comparator.comparing(LedgerEvent::at));
        assertThat(events).allSatisfy(event -> assertThat(event.at()).isBeforeOrEqualTo(SOUTH_CHINA.asOf()));
    }

    @Test
    void theLedgerReplaysAndHoldsEveryKindAtEveryStage() {
        List<LedgerEvent> events = LedgerGenerator.generate(SOUTH_CHINA, 4, 1);

        LedgerState state = LedgerJson.read(LedgerJson.toJsonLines(events), "ledger.jsonl").replay(SOUTH_CHINA)
                .state();

        assertThat(state).isEqualTo(Ledger.replay(SOUTH_CHINA, events).state());
        assertThat(state.records()).extracting(entry -> entry.kind()).contains(RecordKind.values());
        // answers come within minutes, so at 09:00 nothing waits for one; the rest of the life cycle is there
        assertThat(state.records()).extracting(entry -> entry.status()).contains(Status.ACCEPTED, Status.REFUSED,
                Status.IN_PROGRESS, Status.DONE, Status.SETTLED);
    }

    @Test
    void aWeekLooksLikeThePlaybooksWeek() {
        LedgerState state = Ledger.replay(SOUTH_CHINA, LedgerGenerator.generate(SOUTH_CHINA, 4, 1)).state();

        WeeklyReport week = WeeklyReport.of(state, IsoWeek.parse("2026-W47"), SOUTH_CHINA.asOf(),
                ReportSettings.DEFAULT);

        assertThat(week.transfers().done()).isBetween(12, 40);
        assertThat(week.support().done()).isBetween(1, 10);
        assertThat(week.diversions().accepted()).isBetween(6, 20);
        assertThat(week.valueCreated().isNegative()).isFalse();
    }
}
