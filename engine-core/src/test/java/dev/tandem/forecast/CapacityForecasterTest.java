package dev.tandem.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.GeoPoint;
import dev.tandem.model.LoadState;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.HistoryGenerator;
import dev.tandem.sample.SampleNetworks;

class CapacityForecasterTest {

    private static final StoreId SZ = StoreId.of("SZ");
    private static final StoreId DG = StoreId.of("DG");
    /** A Friday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void holtWintersBeatsSeasonalNaiveOnHistoryWithAWeeklyPattern() {
        NetworkSnapshot network = SampleNetworks.southChina();
        BookingHistory history = HistoryGenerator.generate(network, 12, 1);

        Backtest backtest = Backtest.run(history, 2, List.of(new HoltWinters(), new SeasonalNaive()));

        double holtWinters = backtest.score("holt-winters").mape().orElseThrow();
        double naive = backtest.score("seasonal-naive").mape().orElseThrow();
        assertThat(holtWinters).isLessThan(naive);
        // the generator's noise is 6 %: a forecast cannot do much better, the naive one pays it twice
        assertThat(holtWinters).isBetween(3.0, 8.0);
        assertThat(backtest.score("holt-winters").daysScored()).isEqualTo(15 * 14);
        assertThat(backtest.score("holt-winters").byStore()).hasSize(15);
    }

    @Test
    void holtWintersBeatsSeasonalNaiveForEverySeedOfTheGenerator() {
        NetworkSnapshot network = SampleNetworks.southChina();
        for (long seed = 1; seed <= 5; seed++) {
            Backtest backtest = Backtest.run(HistoryGenerator.generate(network, 10, seed), 3,
                    List.of(new HoltWinters(), new SeasonalNaive()));

            assertThat(backtest.score("holt-winters").mape().orElseThrow()).as("seed %s", seed)
                    .isLessThan(backtest.score("seasonal-naive").mape().orElseThrow());
        }
    }

    @Test
    void theBacktestScoresEveryMethodOnTheSameDaysAndSkipsGapsAndZeroDays() {
        List<CapacityDay> days = new ArrayList<>();
        for (int t = 0; t < 28; t++) {
            LocalDate date = TODAY.minusDays(28 - t);
            if (t != 25) {
                days.add(new CapacityDay(SZ, date, 30, t == 24 ? 0 : 20 + t % 7));
            }
        }

        Backtest backtest = Backtest.run(BookingHistory.of(days), 1, List.of(new HoltWinters(), new SeasonalNaive()));

        // 7 days held back, one a gap, one with nothing booked
        assertThat(backtest.scores()).extracting(Backtest.Score::daysScored).containsExactly(5, 5);
        assertThat(backtest.score("seasonal-naive").mape()).hasValue(0.0);
    }

    @Test
    void storesWithTooLittleHistoryAreNotScored() {
        BookingHistory history = BookingHistory.of(steadyDays(SZ, 20, 25));

        Backtest backtest = Backtest.run(history, 1, List.of(new HoltWinters()));

        assertThat(backtest.score("holt-winters").mape()).isEqualTo(OptionalDouble.empty());
        assertThat(backtest.score("holt-winters").daysScored()).isZero();
    }

    @Test
    void aDayForecastAtOrAboveCapacityIsWarnedOfWithTheJobsOver() {
        NetworkSnapshot network = network(List.of());
        // Saturdays at 33 of 30, other days at 24
        List<CapacityDay> days = new ArrayList<>();
        for (int t = 1; t <= 28; t++) {
            LocalDate date = TODAY.minusDays(t);
            days.add(new CapacityDay(SZ, date, 30, date.getDayOfWeek() == DayOfWeek.SATURDAY ? 33 : 24));
            days.add(new CapacityDay(DG, date, 20, 10));
        }

        CapacityForecast forecast = new CapacityForecaster(ForecastSettings.DEFAULT)
                .forecast(network, BookingHistory.of(days));

        assertThat(forecast.dates()).first().isEqualTo(TODAY);
        assertThat(forecast.dates()).hasSize(7);
        assertThat(forecast.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.store().id()).isEqualTo(SZ);
            assertThat(warning.date()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(warning.daysAhead()).isEqualTo(1);
            assertThat(warning.jobsOver()).isEqualTo(3);
            assertThat(warning.message()).isEqualTo("SZ Shenzhen: 110% forecast on Sat 2026-11-28 (33 of 30 jobs, "
                    + "3 over), in 1 day");
        });
        StoreForecast dongguan = forecast.stores().get(1);
        assertThat(dongguan.days()).allSatisfy(day -> assertThat(day.state()).isEqualTo(LoadState.IDLE));
        assertThat(forecast.backtest().scores()).extracting(Backtest.Score::method)
                .containsExactly("holt-winters", "seasonal-naive");
    }

    @Test
    void bookingsAlreadyMadeAndPlannedCapacityOfTheSnapshotCount() {
        // the snapshot knows that Monday has 26 booked already, and a smaller crew on Sunday
        NetworkSnapshot network = network(List.of(new CapacityDay(SZ, LocalDate.of(2026, 11, 30), 30, 26),
                new CapacityDay(SZ, LocalDate.of(2026, 11, 29), 20, 5)));
        BookingHistory history = BookingHistory.of(steadyDays(SZ, 28, 15));

        CapacityForecast forecast = new CapacityForecaster(ForecastSettings.DEFAULT).forecast(network, history);

        List<ForecastDay> days = forecast.stores().get(0).days();
        ForecastDay sunday = days.get(2);
        ForecastDay monday = days.get(3);
        assertThat(sunday.capacity()).isEqualTo(20);
        assertThat(sunday.expectedBooked()).isEqualTo(15.0, within(1e-6));
        assertThat(monday.bookedSoFar()).isEqualTo(26);
        assertThat(monday.expectedBooked()).isEqualTo(26.0);
        assertThat(monday.state()).isEqualTo(LoadState.HEALTHY);
        assertThat(forecast.skipped()).containsExactly("DG: no booking history");
    }

    @Test
    void storesWithShortHistoryOrUnknownToTheNetworkAreSkippedWithWhy() {
        List<CapacityDay> days = new ArrayList<>(steadyDays(SZ, 28, 15));
        days.addAll(steadyDays(DG, 9, 10));
        days.addAll(steadyDays(StoreId.of("XX"), 28, 10));

        CapacityForecast forecast = new CapacityForecaster(ForecastSettings.DEFAULT)
                .forecast(network(List.of()), BookingHistory.of(days));

        assertThat(forecast.stores()).extracting(store -> store.store().id()).containsExactly(SZ);
        assertThat(forecast.skipped()).containsExactly("DG: 9 days of history; 14 needed",
                "XX: in the history but not in the network");
    }

    @Test
    void settingsAndHistoriesRejectNonsenseWithTheValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> ForecastSettings.DEFAULT.withDays(0))
                .withMessageStartingWith("The days to forecast (0) must be from 1 to 28.");
        CapacityDay day = new CapacityDay(SZ, TODAY, 30, 2);
        assertThatIllegalArgumentException().isThrownBy(() -> BookingHistory.of(List.of(day, day)))
                .withMessage("The store (SZ) has two history rows for 2026-11-27.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BookingHistory.of(List.of(new CapacityDay(SZ, TODAY, 30, -1))))
                .withMessage("The booked jobs (-1) of store (SZ) on 2026-11-27 must not be negative.");
    }

    @Test
    void theGeneratorFollowsItsWeeklyPatternAndIsTheSameForASeed() {
        NetworkSnapshot network = SampleNetworks.southChina();

        BookingHistory history = HistoryGenerator.generate(network, 8, 7);

        assertThat(history).isEqualTo(HistoryGenerator.generate(network, 8, 7));
        assertThat(history.lastDate()).isEqualTo(network.today().minusDays(1));
        assertThat(history.days()).hasSize(15 * 56);
        double saturdays = meanBooked(history, DayOfWeek.SATURDAY);
        double tuesdays = meanBooked(history, DayOfWeek.TUESDAY);
        assertThat(saturdays / tuesdays).isBetween(1.3, 1.45);
    }

    private static double meanBooked(BookingHistory history, DayOfWeek weekday) {
        return history.days().stream().filter(day -> day.date().getDayOfWeek() == weekday)
                .mapToInt(CapacityDay::booked).average().orElseThrow();
    }

    private static List<CapacityDay> steadyDays(StoreId store, int count, int booked) {
        List<CapacityDay> days = new ArrayList<>();
        for (int t = count; t >= 1; t--) {
            days.add(new CapacityDay(store, TODAY.minusDays(t), 30, booked));
        }
        return days;
    }

    private static NetworkSnapshot network(List<CapacityDay> capacity) {
        return NetworkSnapshot.builder()
                .asOf(OffsetDateTime.parse("2026-11-27T09:00:00+08:00"))
                .addStore(new Store(SZ, "Shenzhen", "PRD", new GeoPoint(22.54, 114.06), 30, OptionalDouble.empty()))
                .addStore(new Store(DG, "Dongguan", "PRD", new GeoPoint(23.02, 113.75), 20, OptionalDouble.empty()))
                .addCapacity(capacity)
                .build();
    }
}
