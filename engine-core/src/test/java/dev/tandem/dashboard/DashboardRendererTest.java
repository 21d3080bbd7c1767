package dev.tandem.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.tandem.model.LoadThresholds;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.sample.internal.SampleDashboards;

class DashboardRendererTest {

    private final DashboardRenderer renderer = new DashboardRenderer();

    @Test
    void theSampleHasEveryChartAndNothingToFetch() throws IOException {
        DashboardData data = SampleDashboards.southChina();

        String html = renderer.render(data);

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/sample-dashboard.html"), html, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg id=\"heatmap\"", "<svg id=\"transfers\"",
                "<svg id=\"ranking\"", "<table id=\"breaches\"");
        assertThat(html).contains("default-src 'none'").doesNotContainPattern(
                "(?i)<script|src=|href=|url\\(|http:|https:|@import");
        // 15 stores × (14 days of history + 7 forecast)
        assertThat(count(html, "<rect x=\"\\d+\" y=\"\\d+\" width=\"44\" height=\"22\"")).isEqualTo(15 * 21);
        assertThat(count(html, "stroke-dasharray=\"3 2\"><title>")).isEqualTo(15 * 7);
        assertThat(count(html, "<circle ")).isEqualTo(data.transfers().size()).isPositive();
        assertThat(count(html, "<tr><td>")).isEqualTo(data.breaches().size()).isPositive();
    }

    @Test
    void theHeatMapColoursEachDayByItsLoadState() {
        NetworkSnapshot network = SampleNetworks.southChina();

        String html = renderer.render(DashboardData.builder(network).build());

        // Shenzhen on the snapshot's day: 32 of 30, overloaded; Dongguan 12 of 20, idle
        assertThat(html).containsPattern("fill=\"#d64541\"><title>SZ 2026-11-27: 107%, overloaded</title>")
                .containsPattern("fill=\"#3fa66b\"><title>DG 2026-11-27: 60%, idle</title>")
                .contains("No transfers.", "No contribution points yet.", "No service level was missed.");
    }

    @Test
    void everyTextFromTheDataIsEscaped() {
        NetworkSnapshot network = SampleNetworks.southChina();
        String hostile = "<script>alert('x')</script> & \"quoted\"";

        String html = renderer.render(DashboardData.builder(network).title(hostile).headline(hostile, hostile)
                .transfers("SZ", "<b>", 2).points("<i>", 5)
                .breach(new DashboardData.ServiceBreach(hostile, hostile, hostile, hostile)).build());

        assertThat(html).doesNotContain("<script>", "<b>", "<i>", "'x'")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
    }

    @Test
    void theRankingPutsTheHighestFirstAndGildsTheTopThree() {
        NetworkSnapshot network = SampleNetworks.southChina();
        DashboardData data = DashboardData.builder(network).points("GZ", 3).points("SZ", 12).points("DG", 7)
                .points("FS", 1).points("GZ", 2).build();

        String html = renderer.render(data);

        assertThat(data.rankingByPoints()).extracting(DashboardData.RankingRow::store)
                .containsExactly("SZ", "DG", "GZ", "FS");
        assertThat(count(html, "fill=\"#d4a017\"")).isEqualTo(3);
        assertThat(html.indexOf("1. SZ")).isLessThan(html.indexOf("2. DG"));
        assertThat(html).contains(">5 pts<");
    }

    @Test
    void aForecastReplacesTheSnapshotFigureOfTheSameDay() {
        NetworkSnapshot network = SampleNetworks.southChina();
        LocalDate day = network.today();

        DashboardData data = DashboardData.builder(network).thresholds(new LoadThresholds(0.9, 0.5)).build();

        assertThat(data.utilization()).filteredOn(cell -> cell.store().equals("SZ") && cell.date().equals(day))
                .singleElement().satisfies(cell -> assertThat(cell.forecast()).isFalse());
        assertThat(data.dates()).hasSize(7).first().isEqualTo(day);
        assertThatIllegalArgumentException().isThrownBy(() -> new DashboardData.UtilizationCell("SZ", day,
                Double.NaN, false)).withMessage("The utilization (NaN) of store (SZ) on 2026-11-27 must be finite and "
                        + "not negative.");
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
