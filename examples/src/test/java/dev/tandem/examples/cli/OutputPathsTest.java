package dev.tandem.examples.cli;

import static dev.tandem.examples.cli.Cli.tandem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.examples.cli.Cli.Run;

/** Where a command writes is checked before it solves, and the message names the path and the reason. */
class OutputPathsTest {

    @TempDir
    Path dir;

    @Test
    void aPlanIntoAMissingFolderFailsBeforeSolving() throws IOException {
        Path out = dir.resolve("plans").resolve("plan.json");

        Run run = tandem("rebalance", Cli.southChina(dir).toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out " + out, "the folder " + out.getParent() + " does not exist");
        assertThat(run.out()).as("nothing solved").isEmpty();
    }

    @Test
    void aPlanOntoAFolderFailsBeforeSolving() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("plans"));
        Path network = Cli.southChina(dir);

        Run rebalance = tandem("rebalance", network.toString(), "--out", folder.toString());
        Run dashboard = tandem("dashboard", network.toString(), "--html", folder.toString());

        assertThat(rebalance.exitCode()).isEqualTo(2);
        assertThat(rebalance.err()).contains("--out " + folder + " is a folder");
        assertThat(rebalance.out()).isEmpty();
        assertThat(dashboard.exitCode()).isEqualTo(2);
        assertThat(dashboard.err()).contains("--html " + folder + " is a folder");
    }

    @Test
    void aDispatchPlanIntoAMissingFolderFailsBeforeTheRequestsAreRead() throws IOException {
        Path out = dir.resolve("missing").resolve("dispatch.json");

        Run run = tandem("dispatch", Cli.southChina(dir).toString(), dir.resolve("requests.json").toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out " + out, "does not exist").doesNotContain("requests.json: no such");
    }
}
