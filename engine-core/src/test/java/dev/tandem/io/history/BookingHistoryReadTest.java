package dev.tandem.io.history;

import dev.tandem.io.csv.BookingHistoryCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.tandem.forecast.BookingHistory;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.StoreId;
import dev.tandem.network.InvalidInputException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;
import dev.tandem.sample.HistoryGenerator;
import dev.tandem.sample.SampleNetworks;

class BookingHistoryReadTest {

    private static final NetworkSnapshot NETWORK = SampleNetworks.southChina();

    @Test
    void aWrittenHistoryReadsBackEqualAsJsonAndAsCsv() {
        BookingHistory history = HistoryGenerator.generate(NETWORK, 3, 5);

        String json = BookingHistoryJson.toJson(history);
        String csv = BookingHistoryCsv.toCsv(history);

        assertThat(BookingHistoryJson.read(bytes(json), "h.json", NETWORK)).isEqualTo(history);
        assertThat(BookingHistoryCsv.read(bytes(csv), "h.csv", NETWORK)).isEqualTo(history);
        assertThat(json.lines()).element(3).asString()
                .isEqualTo("    {\"store\": \"SZ\", \"date\": \"2026-11-06\", \"capacity\": 30, \"booked\": 31},");
    }

    @Test
    void everyJsonProblemIsReportedAtItsPath() {
        String json = """
                {"formatVersion": 1, "days": [
                  {"store": "SZ", "date": "2026-11-20", "capacity": 30, "booked": 31},
                  {"store": "XX", "date": "2026-11-20", "capacity": 0, "booked": -3},
                  {"store": "SZ", "date": "2026-11-20", "capacity": 30, "booked": 20},
                  {"store": "GZ", "date": "2026-11-20", "capacity": 25, "booked": 20, "note": "rain"},
                  {"store": "GZ", "date": "20 Nov", "capacity": 25, "booked": 20.5},
                  {"store": "GZ", "date": "2026-11-27", "capacity": 25, "booked": 20}
                ]}
                """;

        assertThatThrownBy(() -> BookingHistoryJson.read(bytes(json), "h.json", NETWORK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage()).startsWith("The booking history (h.json) has 8 problems:");
                    assertThat(e.problems()).extracting(InputError::toString).containsExactly(
                            "days[1].store: unknown store \"XX\"",
                            "days[1].capacity: 0 must be positive",
                            "days[1].booked: -3 is negative",
                            "days[2].date: a second row for store SZ on 2026-11-20 (first at days[0])",
                            "days[3].note: unknown field; expected one of store, date, capacity, booked",
                            "days[4].date: \"20 Nov\" is not an ISO-8601 date, such as 2026-11-27",
                            "days[4].booked: 20.5 is not a whole number in range",
                            "days[5].date: 2026-11-27 is not before the snapshot's date (2026-11-27); the history "
                                    + "holds past days only");
                });
    }

    @Test
    void csvReadsThePlaybookHeadersAndStoreNamesOrIds() {
        BookingHistory history = BookingHistoryCsv.read(bytes("""
                门店,日期,日产能(台),今日预约,产能利用率,状态
                Shenzhen Futian,2026/11/25,30台,32台,107%,超载(红色)
                GZ,2026-11-25,25,20,80%,健康(黄色)
                """), "history.csv", NETWORK);

        assertThat(history.days()).containsExactly(
                new CapacityDay(StoreId.of("SZ"), LocalDate.of(2026, 11, 25), 30, 32),
                new CapacityDay(StoreId.of("GZ"), LocalDate.of(2026, 11, 25), 25, 20));
    }

    @Test
    void everyCsvProblemIsReportedAtItsLineAndColumn() {
        String csv = """
                store,date,capacity,booked
                SZ,2026-11-20,30,31

                SZ,2026-11-20,30,x
                XX,2026-11-21,30,2
                SZ,,30,2
                SZ,2026-11-21,30,2
                SZ,2026-11-21,-1,2
                """;

        assertThatThrownBy(() -> BookingHistoryCsv.read(bytes(csv), "history.csv", NETWORK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputError::toString).containsExactly(
                                "history.csv:4 booked: \"x\" is not a whole number",
                                "history.csv:5 store: unknown store \"XX\"",
                                "history.csv:6 date: is required",
                                "history.csv:8 capacity: -1 must be positive",
                                "history.csv:8 date: a second row for store SZ on 2026-11-21 (first at "
                                        + "history.csv:7)"));
    }

    @Test
    void aHistoryWithoutDaysOrWithoutTheDateColumnIsRejected() {
        assertThatThrownBy(() -> BookingHistoryJson.read(bytes("{\"formatVersion\": 1, \"days\": []}"), "h.json",
                NETWORK)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputError::toString)
                        .containsExactly("days: is empty; give at least two weeks of days"));
        assertThatThrownBy(() -> BookingHistoryCsv.read(bytes("store,capacity,booked\nSZ,30,2\n"), "h.csv", NETWORK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputError::toString).singleElement().asString()
                        .startsWith("h.csv:1: the required column date (日期) is missing"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
