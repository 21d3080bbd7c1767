package dev.tandem.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.Tandem;
import dev.tandem.assign.AssignmentValidator;
import dev.tandem.io.request.JobJson;
import dev.tandem.model.RequestId;
import java.util.Map;
import dev.tandem.io.csv.BookingHistoryCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import dev.tandem.sample.SampleSet;
import org.junit.jupiter.api.Test;

/** The docs' examples run on the sample network and have something to show. */
class DocsExamplesTest {

    private static final SampleSet SAMPLE = SampleSet.southChina();

    @Test
    void whoCanHelpFindsSourcesExpertsAndReceivers() {
        MatchingExamples.Answers answers;
        try (Tandem tandem = Tandem.of(SAMPLE.network())) {
            answers = MatchingExamples.whoCanHelp(tandem, SAMPLE.network());
        }

        assertThat(answers.advice().options()).isNotEmpty();
        assertThat(answers.experts().options()).isNotEmpty();
        assertThat(answers.receivers().options()).isNotEmpty();
    }

    @Test
    void theForecastWarnsAndDeadStockHasADestination(@TempDir Path dir) throws IOException {
        Path sample = dir.resolve("sample");
        Files.createDirectories(sample);
        Files.writeString(sample.resolve("history.csv"), BookingHistoryCsv.toCsv(SAMPLE.history()));
        ForecastExamples.Answers answers;
        try (Tandem tandem = Tandem.of(SAMPLE.network())) {
            answers = ForecastExamples.warnings(tandem, SAMPLE.network(), sample);
        }

        assertThat(answers.forecast().stores()).isNotEmpty();
        assertThat(answers.mape()).isPositive();
        assertThat(answers.naive()).isPositive();
        assertThat(answers.deadStock().items()).isNotEmpty();
    }

    @Test
    void theRebalancingPlanIsValidAndMovesStock() {
        RebalancingExamples.Answers answers = RebalancingExamples.rebalance(SAMPLE.network());

        assertThat(answers.verdict().violations()).isEmpty();
        assertThat(answers.plan().runs()).isNotEmpty();
        assertThat(answers.after()).isNotEqualTo(SAMPLE.network());
    }

    @Test
    void theViewsFindExpertsOverloadsAndPiles() {
        MatchingExamples.Views views = MatchingExamples.views(SAMPLE.network());

        assertThat(views.experts()).isNotEmpty();
        assertThat(views.red()).isNotEmpty();
        assertThat(views.piles()).isNotEmpty();
    }

    @Test
    void theAssignmentExamplePlacesEveryItemWithinCapacity() {
        DiversionExamples.Assigned assigned = DiversionExamples.assign();

        assertThat(assigned.answer().isFeasible()).isTrue();
        assertThat(new AssignmentValidator(false).validate(assigned.problem(), assigned.answer()).violations())
                .isEmpty();
    }

    @Test
    void theDiversionExampleOffersValidatesAndReplansAfterARefusal(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("jobs.json"), JobJson.toJson(SAMPLE.jobs()));

        DiversionExamples.Diverted diverted = DiversionExamples.divert(SAMPLE.network(), dir);

        assertThat(diverted.jobs()).hasSameSizeAs(SAMPLE.jobs());
        assertThat(diverted.plan().offers()).isNotEmpty();
        assertThat(diverted.verdict().violations()).isEmpty();
        assertThat(diverted.next().offers()).noneMatch(offer -> offer.equals(diverted.plan().offers().get(0)));
    }

    @Test
    void theLedgerExampleReplaysTheTransferAndReports(@TempDir Path dir) throws IOException {
        LedgerExamples.Answers answers = LedgerExamples.ledger(SAMPLE.network(), dir,
                SAMPLE.network().asOf().plusHours(1), Map.of());

        assertThat(answers.repeated()).isFalse();
        assertThat(answers.state().entry(RequestId.of("TR-0001"))).isPresent();
        assertThat(answers.state().unitsInTransit()).isZero();
        assertThat(answers.markdown()).isNotBlank();
        assertThat(answers.roi().roiPercent()).isPositive();
    }

    @Test
    void theDashboardExampleWritesOnePage(@TempDir Path dir) throws IOException {
        String html = LedgerExamples.dashboard(SAMPLE.network(), SAMPLE.history(), dir);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>");
    }

    @Test
    void theFlowExampleSendsFourUnitsOnTheFirstArcAtCost36() {
        RebalancingExamples.Flow flow = RebalancingExamples.minCostFlow();

        assertThat(flow.result().cost()).hasValue(36);
        assertThat(flow.result().flow(flow.aToC())).isEqualTo(4);
    }
}
