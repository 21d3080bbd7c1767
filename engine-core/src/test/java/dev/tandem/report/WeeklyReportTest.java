package dev.tandem.report;

import static dev.tandem.ledger.LedgerFixtures.DG;
import static dev.tandem.ledger.LedgerFixtures.GZ;
import static dev.tandem.ledger.LedgerFixtures.LAMP;
import static dev.tandem.ledger.LedgerFixtures.SZ;
import static dev.tandem.ledger.LedgerFixtures.accepted;
import static dev.tandem.ledger.LedgerFixtures.minutes;
import static dev.tandem.ledger.LedgerFixtures.network;
import static dev.tandem.ledger.LedgerFixtures.received;
import static dev.tandem.ledger.LedgerFixtures.refused;
import static dev.tandem.ledger.LedgerFixtures.shipped;
import static dev.tandem.ledger.LedgerFixtures.started;
import static dev.tandem.ledger.LedgerFixtures.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import dev.tandem.io.report.ReportJson;
import dev.tandem.kpi.StorePoints;
import dev.tandem.ledger.Diversion;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.Money;
import dev.tandem.model.RequestId;

class WeeklyReportTest {

    private static final IsoWeek WEEK_48 = IsoWeek.parse("2026-W48");

    /**
     * The playbook's example week (本周协同数据): 23 transfers in 35 minutes on average, 8 with a customer waiting;
     * 5 support trips, 5 faults solved, satisfaction 9.8; 13 diversions offered, 12 accepted at 2,000 CNY each;
     * and one transfer of the week before, which the report leaves out.
     */
    private static Ledger playbookWeek() {
        List<LedgerEvent> events = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String id = "TR" + i;
            long at = 60L * i;
            events.add(new LedgerEvent.Requested(minutes(at), new Transfer(RequestId.of(id), GZ, SZ, LAMP, 1, i < 8)));
            events.addAll(List.of(accepted(id, at + 5), shipped(id, 1, at + 10), received(id, 1, at + (i == 0 ? 30 : i == 1 ? 40 : 35))));
        }
        double[] scores = {10, 10, 10, 9.5, 9.5};
        for (int i = 0; i < 5; i++) {
            String id = "SP" + i;
            events.addAll(List.of(support(id, i), accepted(id, 60), started(id, 3 * 24 * 60),
                    new LedgerEvent.Completed(minutes(3 * 24 * 60 + 300), RequestId.of(id), true,
                            OptionalDouble.of(scores[i]))));
        }
        for (int i = 0; i < 13; i++) {
            String id = "DV" + i;
            events.add(new LedgerEvent.Requested(minutes(i), new Diversion(RequestId.of(id), SZ, DG,
                    Money.ofYuan(2_000))));
            if (i == 12) {
                events.add(refused(id, 20));
            } else {
                events.addAll(List.of(accepted(id, 20), started(id, 40),
                        new LedgerEvent.Completed(minutes(200), RequestId.of(id), true, OptionalDouble.empty())));
            }
        }
        events.add(new LedgerEvent.Requested(minutes(-3 * 24 * 60), new Transfer(RequestId.of("LAST-WEEK"), GZ, SZ,
                LAMP, 1, true)));
        Ledger ledger = Ledger.of(network(40));
        events.stream().sorted(Comparator.comparing(LedgerEvent::at)).forEach(ledger::apply);
        return ledger;
    }

    @Test
    void reproducesThePlaybooksExampleWeek() {
        WeeklyReport report = WeeklyReport.of(playbookWeek().state(), WEEK_48, minutes(5 * 24 * 60),
                ReportSettings.DEFAULT);

        assertThat(report.transfers()).isEqualTo(new WeeklyReport.Transfers(23, 23,
                Optional.of(Duration.ofMinutes(35)), 8, Money.ofYuan(640_000)));
        assertThat(report.support().done()).isEqualTo(5);
        assertThat(report.support().faultsSolved()).isEqualTo(5);
        assertThat(report.support().meanSatisfaction()).contains(new BigDecimal("9.8"));
        assertThat(report.diversions().accepted()).isEqualTo(12);
        assertThat(report.diversions().acceptanceRate()).contains(new BigDecimal("92"));
        assertThat(report.diversions().compensation()).isEqualTo(Money.ofYuan(24_000));
        assertThat(report.diversions().retainedValue()).isEqualTo(Money.ofYuan(960_000));
        // The playbook sums the retained values (本周协同创造价值:160万); the value created is net of the
        // 24,000 CNY compensation, the week's only cost of collaboration settled or promised.
        assertThat(report.value().gross()).as("本周协同创造价值:160万").isEqualTo(Money.ofYuan(1_600_000));
        assertThat(report.value().cost()).isEqualTo(Money.ofYuan(24_000));
        assertThat(report.valueCreated()).isEqualTo(Money.ofYuan(1_576_000));
        assertThat(report.contributions()).extracting(StorePoints::points).containsExactly(0, 23, 5 * 5 + 12 * 2);
        assertThat(report.serviceLevel().requests()).isEqualTo(23 + 5 + 13);
    }

    @Test
    void rendersAsMarkdownInThePlaybooksSections() {
        WeeklyReport report = WeeklyReport.of(playbookWeek().state(), WEEK_48, minutes(5 * 24 * 60),
                ReportSettings.DEFAULT);

        String markdown = WeeklyReportMarkdown.render(report);

        assertThat(markdown).startsWith("# Weekly collaboration report 2026-W48 (2026-11-23 to 2026-11-29)")
                .contains("## Transfers\n\n- Transfers: 23 done of 23 requested\n"
                        + "- Mean response (request to part received): 35 min\n- Customers retained: 8\n"
                        + "- Value: 640,000.00 CNY\n")
                .contains("- Customer satisfaction: 9.8 / 10", "- Acceptance rate: 92 %",
                        "- Compensation: 24,000.00 CNY", "## Value created this week: 1,576,000.00 CNY",
                        "| DG | 0 | 5 | 12 | 0 | 49 |", "| GZ | 23 | 0 | 0 | 0 | 23 |");
    }

    @Test
    void writesJsonForOtherTools() {
        WeeklyReport report = WeeklyReport.of(playbookWeek().state(), WEEK_48, minutes(5 * 24 * 60),
                ReportSettings.DEFAULT);

        String json = ReportJson.toJson(report);

        assertThat(json).contains("\"week\" : \"2026-W48\"", "\"meanResponseMinutes\" : 35.0",
                "\"acceptanceRatePercent\" : 92", "\"collaborationCost\" : 24000.00", "\"valueCreated\" : 1576000.00", "\"deadStockRevival\" : 0",
                "\"transferPromise\" : 0");
    }

    @Test
    void anEmptyWeekHasNoMeans() {
        WeeklyReport report = WeeklyReport.of(playbookWeek().state(), IsoWeek.parse("2026-W50"),
                minutes(5 * 24 * 60), ReportSettings.DEFAULT);

        assertThat(report.transfers().meanResponse()).isEmpty();
        assertThat(report.diversions().acceptanceRate()).isEmpty();
        assertThat(report.valueCreated()).isEqualTo(Money.ZERO);
        assertThat(WeeklyReportMarkdown.render(report)).contains("- Mean response (request to part received): none",
                "No store earned points this week.");
        assertThat(ReportJson.toJson(report)).contains("\"meanResponseMinutes\" : null");
    }

    @Test
    void isoWeeksParseAndContainTheirDays() {
        assertThat(IsoWeek.of(LocalDate.of(2026, 11, 27))).isEqualTo(WEEK_48);
        assertThat(WEEK_48.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WEEK_48.contains(LocalDate.of(2026, 11, 29))).isTrue();
        assertThat(WEEK_48.contains(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("2025-W53"))
                .withMessage("The week (53) of 2025 must be from 1 to 52.");
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("48"))
                .withMessage("\"48\" is not an ISO week such as 2026-W48.");
    }
}
