package dev.tandem.examples.cli;

import dev.tandem.io.csv.BookingHistoryCsv;
import dev.tandem.io.ledger.LedgerJson;
import dev.tandem.io.request.JobJson;
import dev.tandem.io.request.RequestJson;
import dev.tandem.sample.SampleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem sample --out DIR}: the bundled network with every document beside it, to try each command on. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Writes the bundled South China network with matching documents into a folder:",
                "network.json, requests.json (support requests), jobs.json (a rush day's jobs),",
                "history.csv (12 weeks of bookings) and ledger.jsonl (12 weeks of collaborations).",
                "Every example of the docs runs on them."})
final class SampleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into; "
            + "made if missing.")
    private Path out;

    @Override
    public Integer call() {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserInputException("The folder (" + out + ") cannot be made: " + e.getMessage());
        }
        SampleSet sample = SampleSet.southChina();
        SnapshotFiles.write(sample.network(), out.resolve("network.json"));
        SnapshotFiles.writeText(out.resolve("requests.json"), RequestJson.toJson(sample.requests()));
        SnapshotFiles.writeText(out.resolve("jobs.json"), JobJson.toJson(sample.jobs()));
        SnapshotFiles.writeText(out.resolve("history.csv"), BookingHistoryCsv.toCsv(sample.history()));
        SnapshotFiles.writeText(out.resolve("ledger.jsonl"), LedgerJson.toJsonLines(sample.ledger()));
        spec.commandLine().getOut().printf("wrote %s: network.json (%d stores, %d technicians, %d parts), "
                + "requests.json (%d), jobs.json (%d), history.csv (%d weeks), ledger.jsonl (%d events)%n", out,
                sample.network().storeCount(), sample.network().technicianCount(), sample.network().partCount(),
                sample.requests().size(), sample.jobs().size(), SampleSet.WEEKS, sample.ledger().size());
        return 0;
    }
}
