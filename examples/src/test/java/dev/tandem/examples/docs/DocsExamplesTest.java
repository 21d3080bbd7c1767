package dev.tandem.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.Tandem;
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
}
