package dev.tandem.examples.cli;

import static dev.tandem.examples.cli.Cli.tandem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.examples.cli.Cli.Run;

/** A mistyped command line gets one line saying what is wrong, the nearest match, and where the help is. */
class UsageErrorsTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownOptionIsOneLineWithTheNearestOptionAndAHint() throws IOException {
        Run run = tandem("rebalance", Cli.southChina(dir).toString(), "--horizon-dayz", "7");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                "tandem rebalance: unknown option '--horizon-dayz'; did you mean --horizon-days?",
                "see 'tandem rebalance --help'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownCommandSuggestsTheNearestCommand() {
        Run run = tandem("rebalanse", "network.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).contains("'rebalanse'", "did you mean rebalance", "see 'tandem --help'")
                .doesNotContain("Usage:");
    }

    @Test
    void aMissingOptionOrABadValueIsOneLineNotTheWholeUsage() throws IOException {
        Run missing = tandem("advise", Cli.southChina(dir).toString());
        Run badNumber = tandem("advise", Cli.southChina(dir).toString(), "--store", "SZ", "--part", "HL-FL",
                "--quantity", "two");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).hasSize(2).last().isEqualTo("see 'tandem advise --help'");
        assertThat(missing.err()).contains("--store").doesNotContain("Usage:");
        assertThat(badNumber.exitCode()).isEqualTo(2);
        assertThat(badNumber.err().lines()).first().asString()
                .contains("--quantity", "'two' is not a whole number").doesNotContain("int");
    }

    @Test
    void aBadDateNamesTheOptionTheValueAndTheExpectedForm() throws IOException {
        Path network = Cli.southChina(dir);
        Run advise = tandem("advise", network.toString(), "--store", "SZ", "--skill", "HV_SYSTEM", "--date",
                "2026-13-02");
        Run show = tandem("show", "capacity", network.toString(), "--date", "2.12.2026");
        Run time = tandem("advise", network.toString(), "--store", "SZ", "--skill", "HV_SYSTEM", "--from", "8am");

        assertThat(advise.exitCode()).isEqualTo(2);
        assertThat(advise.err().lines()).first().asString().contains("--date", "'2026-13-02' is not a date",
                "2026-12-02");
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).contains("--date", "'2.12.2026' is not a date; use the form 2026-12-02");
        assertThat(time.err()).contains("--from", "'8am' is not a time of day; use the form 08:00");
        for (Run run : new Run[] {advise, show, time}) {
            assertThat(run.err()).doesNotContain("LocalDate", "LocalTime", "java.", "Exception", "Usage:");
        }
    }

    @Test
    void importTakesTheMomentWithItsOffsetAndSaysTheFormWhenItIsMissing() {
        Run run = tandem("import", "--stores", "stores.csv", "--as-of", "2026-11-27 09:00", "--out", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of", "'2026-11-27 09:00' is not a moment with its offset",
                "2026-11-27T09:00+08:00").doesNotContain("OffsetDateTime");
    }
}
