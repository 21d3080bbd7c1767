package dev.tandem.benchmarks.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityHarnessTest {

    @TempDir
    Path dir;

    @Test
    void theQuickRunMeasuresEveryEngineAgainstItsReference() {
        Map<String, QualitySuite> suites = QualityHarness.suites(dir.resolve("no-gap-files"));

        List<QualityRow> rows = QualityHarness.run(suites, QualitySuite.Scale.QUICK, List.copyOf(suites.keySet()));

        assertThat(rows).extracting(QualityRow::engine).contains("matching core", "rebalancing", "min-cost flow",
                "technician dispatch", "generalized assignment", "customer diversion");
        assertThat(rows).filteredOn(row -> row.solver().startsWith("indexed")).hasSize(3)
                .allSatisfy(row -> assertThat(row.result()).contains("answers equal on 1024 of 1024"));
        assertThat(rows).filteredOn(row -> row.solver().equals("OR-Tools")).hasSize(1)
                .allSatisfy(row -> assertThat(row.result())
                        .matches("optimal cost equal to the peer's on (\\d+) of \\1"));
        assertThat(rows).filteredOn(row -> row.solver().equals("CP-SAT (exact)")
                && !row.engine().equals("customer diversion")).hasSize(2)
                .allSatisfy(row -> assertThat(row.result()).matches("proven optimal on (\\d+) of \\1"));
        assertThat(rows).filteredOn(row -> row.engine().equals("customer diversion")).hasSize(4)
                .anySatisfy(row -> assertThat(row.solver() + ": " + row.versus())
                        .isEqualTo("SCIP MIP (exact): proven optimal"))
                .anySatisfy(row -> assertThat(row.solver()).isEqualTo("CP-SAT (exact, 2 workers)"))
                .anySatisfy(row -> assertThat(row.versus()).startsWith("search alone: +0.00 % above the proven optimum"));
        assertThat(rows).filteredOn(row -> row.engine().equals("generalized assignment")
                && row.solver().equals("timefold")).hasSize(1)
                .allSatisfy(row -> assertThat(row.versus())
                        .matches("search alone vs greedy \\(its start\\): better on \\d+ of 5, .*"));
        assertThat(rows).filteredOn(row -> row.engine().equals("technician dispatch")
                && row.solver().equals("timefold")).singleElement()
                .satisfies(row -> assertThat(row.versus()).contains("search alone vs greedy: better on "));
        assertThat(rows).filteredOn(row -> row.engine().equals("rebalancing")).extracting(QualityRow::versus)
                .anySatisfy(versus -> assertThat(versus).startsWith("flow alone vs greedy: net "));
        assertThat(QualityHarness.table(rows, QualitySuite.Scale.QUICK)).doesNotContain("never worse")
                .doesNotContain("the optimum");
        assertThat(rows).filteredOn(row -> row.result().contains("valid") || row.result().contains("INVALID"))
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(row -> assertThat(row.result()).doesNotContain("INVALID"));
        assertThat(QualityHarness.table(rows, QualitySuite.Scale.QUICK)).startsWith("Quality harness, quick scale")
                .contains("| engine | instance | solver | time (s) |");
    }

    @Test
    void theTableGoesBetweenTheMarkersOfTheReadme() throws IOException {
        Path readme = Files.writeString(dir.resolve("README.md"), "before\n" + QualityHarness.BEGIN + "\nold table\n"
                + QualityHarness.END + "\nafter\n");

        QualityHarness.writeInto(readme, "| new | table |\n");

        assertThat(Files.readString(readme)).isEqualTo("before\n" + QualityHarness.BEGIN + "\n| new | table |\n"
                + QualityHarness.END + "\nafter\n");
        Path plain = Files.writeString(dir.resolve("plain.md"), "no markers\n");
        assertThatThrownBy(() -> QualityHarness.writeInto(plain, "x")).hasMessageContaining("quality-harness:begin");
    }

    @Test
    void unknownEnginesAreNamed() {
        Map<String, QualitySuite> suites = QualityHarness.suites(dir);

        assertThatThrownBy(() -> QualityHarness.run(suites, QualitySuite.Scale.QUICK, List.of("teleport")))
                .hasMessageContaining("Unknown engine: teleport");
    }
}
