package dev.tandem.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem sample} writes documents on which every command has something to show. */
class SampleCommandTest {

    @TempDir
    Path dir;

    private static String[] tandem(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = TandemCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(exitCode), out.toString(), err.toString()};
    }

    @Test
    void aFolderThatCannotBeMadeIsExitTwoWithTheReasonAndWritesNothing() throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("taken"), "a file, not a folder");

        String[] run = tandem("sample", "--out", file.resolve("sample").toString());

        assertThat(run[0]).isEqualTo("2");
        assertThat(run[2]).contains("cannot be made").doesNotContain("Exception", "\tat ");
        assertThat(run[1]).isEmpty();
    }

    @Test
    void everyCommandHasSomethingToShowOnTheSample() {
        Path sample = dir.resolve("sample");
        String[] written = tandem("sample", "--out", sample.toString());
        assertThat(written[0]).isEqualTo("0");
        assertThat(sample).isDirectoryContaining(path -> path.getFileName().toString().equals("ledger.jsonl"));
        String network = sample.resolve("network.json").toString();

        String[] divert = tandem("divert", network, sample.resolve("jobs.json").toString(), "--solver", "greedy");
        String[] dispatch = tandem("dispatch", network, sample.resolve("requests.json").toString(), "--solver",
                "greedy");
        String[] forecast = tandem("forecast", network, sample.resolve("history.csv").toString());
        String[] report = tandem("report", sample.resolve("ledger.jsonl").toString(), network, "--week",
                "2026-W47");
        String[] receivers = tandem("advise", network, "--store", "ZS", "--skill", "HV_SYSTEM", "--job-hours", "2");

        assertThat(divert[0]).as(divert[2]).isEqualTo("0");
        assertThat(divert[1]).containsPattern("\\b[1-9]\\d* offers");
        assertThat(dispatch[0]).as(dispatch[2]).isEqualTo("0");
        assertThat(dispatch[1]).containsPattern("greedy: [1-9]\\d* of 12 requests assigned");
        assertThat(forecast[0]).as(forecast[2]).isEqualTo("0");
        assertThat(report[0]).as(report[2]).isEqualTo("0");
        assertThat(report[1]).contains("Transfers");
        assertThat(receivers[0]).as(receivers[2]).isEqualTo("0");
        assertThat(receivers[1]).doesNotContain("Nothing qualifies");
    }
}
