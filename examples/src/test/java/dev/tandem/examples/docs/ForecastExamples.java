package dev.tandem.examples.docs;

import dev.tandem.Tandem;
import dev.tandem.deadstock.DeadStockReport;
import dev.tandem.deadstock.DeadStockRule;
import dev.tandem.deadstock.RevivalPlan;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.io.csv.BookingHistoryCsv;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolvers;
import dev.tandem.network.NetworkSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The examples of docs/forecast.md, as code that {@link DocsExamplesTest} runs on the sample documents. */
final class ForecastExamples {

    private ForecastExamples() {
    }

    record Answers(CapacityForecast forecast, double mape, double naive, DeadStockReport deadStock,
            List<Move> destinations) {
    }

    static Answers warnings(Tandem tandem, NetworkSnapshot network, Path sample) throws IOException {
        // snippet:warnings
        BookingHistory history = BookingHistoryCsv.read(sample.resolve("history.csv"), network);   // or JSON
        CapacityForecast forecast = tandem.forecast(history);
        forecast.warnings().forEach(warning -> System.out.println(warning.message()));
        double mape = forecast.methodScore().mape().orElseThrow();      // Holt-Winters on held-back weeks
        double naive = forecast.baselineScore().mape().orElseThrow();   // same weekday last week, same days

        DeadStockReport deadStock = tandem.deadStock(DeadStockRule.DEFAULT);   // 90 days idle, 180 days of cover
        RevivalPlan revival = RevivalPlan.plan(network, deadStock, RebalanceSolvers.preferred(),
                RebalanceSettings.DEFAULT);
        List<Move> destinations = revival.destinationsOf(deadStock.items().get(0));   // the moves, with freight
        // end-snippet
        return new Answers(forecast, mape, naive, deadStock, destinations);
    }
}
