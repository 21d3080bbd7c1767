package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import dev.tandem.forecast.Backtest;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.forecast.CapacityForecaster;
import dev.tandem.forecast.ForecastDay;
import dev.tandem.forecast.ForecastSettings;
import dev.tandem.forecast.OverloadWarning;
import dev.tandem.forecast.StoreForecast;
import dev.tandem.io.report.AnalyticsJson;
import dev.tandem.model.LoadThresholds;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.view.CapacityMonitor;
import dev.tandem.view.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem forecast}: capacity pressure of the coming days, with early warnings. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Forecasts each store's utilization for the days after its booking history (Holt-Winters, "
                + "weekly season) and warns of days forecast to be overloaded.",
                "Backtests the forecast against the seasonal naive one (same weekday last week) on the last weeks "
                        + "of the history, in the same run."})
final class ForecastCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot file.")
    private Path file;

    @Parameters(index = "1", paramLabel = "HISTORY", description = "The booking history: JSON, or CSV when the "
            + "name ends in .csv.")
    private Path history;

    @Option(names = "--days", defaultValue = "7", description = "Days to forecast (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--backtest-weeks", defaultValue = "2", description = "Last weeks of history held back to "
            + "measure the forecast error (default: ${DEFAULT-VALUE}).")
    private int backtestWeeks;

    @Option(names = "--overloaded-at", defaultValue = "1.0", description = "Utilization at or above which a day "
            + "is overloaded (default: ${DEFAULT-VALUE}).")
    private double overloadedAt;

    @Option(names = "--json", description = "Print the forecast as JSON.")
    private boolean json;

    @Override
    public Integer call() {
        ForecastSettings settings;
        try {
            settings = new ForecastSettings(days, backtestWeeks, new LoadThresholds(overloadedAt,
                    Math.min(LoadThresholds.DEFAULT.idleBelow(), overloadedAt)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage().lines().findFirst().orElse(""));
        }
        NetworkSnapshot network = SnapshotFiles.read(file);
        BookingHistory bookings = SnapshotFiles.readHistory(history, network);
        CapacityForecast forecast = new CapacityForecaster(settings).forecast(network, bookings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(AnalyticsJson.toJson(forecast));
            return 0;
        }
        out.printf("Capacity forecast (%s) for %s to %s, from history to %s%n", forecast.method(),
                forecast.dates().get(0), forecast.dates().get(forecast.dates().size() - 1), bookings.lastDate());
        out.print(table(forecast).render());
        out.println();
        out.printf("Overload warnings (utilization >= %d%%): %d%n", Math.round(overloadedAt * 100),
                forecast.warnings().size());
        forecast.warnings().stream().map(OverloadWarning::message).forEach(message -> out.println("  " + message));
        out.println();
        out.printf("Backtest: the last %d weeks of history held back, %d store-days scored%n",
                forecast.backtest().weeks(), forecast.methodScore().daysScored());
        TextTable scores = TextTable.withHeaders("Method", ">MAPE");
        for (Backtest.Score score : forecast.backtest().scores()) {
            scores.addRow(score.method(), mape(score.mape()));
        }
        out.print(scores.render());
        if (!forecast.skipped().isEmpty()) {
            out.println();
            out.println("Not forecast:");
            forecast.skipped().forEach(skipped -> out.println("  " + skipped));
        }
        return 0;
    }

    private static TextTable table(CapacityForecast forecast) {
        String[] headers = new String[forecast.dates().size() + 1];
        headers[0] = "Store";
        for (int i = 0; i < forecast.dates().size(); i++) {
            LocalDate date = forecast.dates().get(i);
            headers[i + 1] = ">" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT) + " "
                    + date.toString().substring(5);
        }
        TextTable table = TextTable.withHeaders(headers);
        for (StoreForecast store : forecast.stores()) {
            Object[] cells = new Object[headers.length];
            cells[0] = store.store().id() + " " + store.store().name();
            for (int i = 0; i < store.days().size(); i++) {
                ForecastDay day = store.days().get(i);
                cells[i + 1] = Math.round(day.utilization() * 100) + "% " + CapacityMonitor.mark(day.state());
            }
            table.addRow(cells);
        }
        return table;
    }

    private static String mape(OptionalDouble mape) {
        return mape.isPresent() ? String.format(Locale.ROOT, "%.1f%%", mape.getAsDouble()) : "not scored";
    }
}
