package dev.tandem.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.sample.internal.SampleDashboards;

/**
 * What a new user found hard to read in the static dashboard: circles too small for their label, a forecast legend
 * without forecast cells, panels that do not say their period, dates without their year, and a large network drawn
 * as matrices thousands of pixels wide with a thousand breach rows.
 */
class DashboardReadabilityTest {

    private static final Pattern RADIUS = Pattern.compile("<circle [^>]*r=\"([0-9.]+)\"");
    private static final Pattern SVG = Pattern.compile("<svg id=\"(\\w+)\" width=\"(\\d+)\" height=\"(\\d+)\"");
    private static final Pattern PERIOD = Pattern.compile("<h2>([^<]+)<span class=\"period\">([^<]+)</span></h2>");

    private final DashboardRenderer renderer = new DashboardRenderer();
    private final NetworkSnapshot network = SampleNetworks.southChina();

    @Test
    void aSingleTransferGetsACircleItsLabelFitsIn() {
        String html = renderer.render(DashboardData.builder(network).transfers("SZ", "GZ", 20)
                .transfers("DG", "SZ", 1).build());

        List<Double> radii = numbers(RADIUS, html);
        assertThat(radii).hasSize(2);
        // a 10 px label needs a circle of at least 9 px radius around it
        assertThat(radii).allSatisfy(radius -> assertThat(radius).isGreaterThanOrEqualTo(DashboardRenderer.MIN_RADIUS))
                .contains(DashboardRenderer.MIN_RADIUS);
        assertThat(DashboardRenderer.MIN_RADIUS).isGreaterThanOrEqualTo(9.0);
    }

    @Test
    void theForecastLegendShowsOnlyWhenThereAreForecastCells() {
        String withoutForecast = renderer.render(DashboardData.builder(network).build());
        String withForecast = renderer.render(SampleDashboards.southChina());

        assertThat(withoutForecast).doesNotContain(">forecast<", "stroke-dasharray=\"3 2\"");
        assertThat(withForecast).contains(">forecast<");
    }

    @Test
    void everyPanelSaysItsPeriodWithTheYear() {
        DashboardData data = DashboardData.builder(network).transfers("SZ", "GZ", 2).points("SZ", 2)
                .activity(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29"))
                .breachPeriod(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-29")).build();

        String html = renderer.render(data);

        Matcher panels = PERIOD.matcher(html);
        List<String> periods = new ArrayList<>();
        while (panels.find()) {
            periods.add(panels.group(1) + "|" + panels.group(2));
        }
        assertThat(periods).containsExactly(
                "Utilization by store and day|2026-11-27 – 2026-12-03",
                "Transfers between stores|2026-11-23 – 2026-11-29",
                "Contribution ranking|2026-11-23 – 2026-11-29",
                "Service-level breaches|2026-11-23 – 2026-11-29");
        assertThat(html).contains("As of Fri 2026-11-27");
    }

    @Test
    void aSnapshotsPlanSaysTheDayItWasPlannedFor() {
        DashboardData data = NetworkDashboard.of(network, Optional.empty(), new GreedyRebalancer());

        assertThat(data.activity()).contains(new DashboardData.Period(network.today(), network.today()));
        assertThat(renderer.render(data)).contains("<span class=\"period\">2026-11-27</span>");
    }

    @Test
    void theAsOfDateMustLieWithinOrAfterTheHeatMapsDays() {
        DashboardData.Builder builder = DashboardData.builder(network).clearUtilization()
                .utilization("SZ", LocalDate.parse("2027-05-03"), 0.8, false);

        assertThat(builder.build().asOf().toLocalDate()).as("as of the last day shown")
                .isEqualTo(LocalDate.parse("2027-05-03"));
    }

    @Test
    void aLargeNetworkStaysAScreenWideWithItsRowsCapped() {
        NetworkSnapshot large = NetworkGenerator.generate(GeneratorSpec.of(200, 300, 800, 7));
        DashboardData data = NetworkDashboard.of(large, Optional.empty(), new GreedyRebalancer());
        assertThat(data.breaches()).as("breaches to show").hasSizeGreaterThan(DashboardRenderer.MAX_ROWS);
        assertThat(data.transfers().stream().flatMap(transfer -> java.util.stream.Stream.of(transfer.from(),
                transfer.to())).distinct().count()).as("stores with transfers")
                .isGreaterThan(DashboardRenderer.MAX_MATRIX_STORES);

        String html = renderer.render(data);

        Matcher svg = SVG.matcher(html);
        while (svg.find()) {
            assertThat(Integer.parseInt(svg.group(2))).as("width of %s", svg.group(1)).isLessThanOrEqualTo(1_200);
            assertThat(Integer.parseInt(svg.group(3))).as("height of %s", svg.group(1)).isLessThanOrEqualTo(1_200);
        }
        assertThat(count(html, "<tr><td>")).as("breach rows").isLessThanOrEqualTo(DashboardRenderer.MAX_ROWS);
        assertThat(html).contains("busiest " + DashboardRenderer.MAX_MATRIX_STORES + " of",
                "most loaded " + DashboardRenderer.MAX_ROWS + " of 200 stores",
                "more breaches at");
    }

    private static List<Double> numbers(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<Double> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(Double.parseDouble(matcher.group(1)));
        }
        return values;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
