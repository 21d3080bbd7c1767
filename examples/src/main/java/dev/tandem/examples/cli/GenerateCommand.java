package dev.tandem.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.tandem.divert.Job;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.io.csv.BookingHistoryCsv;
import dev.tandem.io.history.BookingHistoryJson;
import dev.tandem.io.request.JobJson;
import dev.tandem.io.ledger.LedgerJson;
import dev.tandem.io.request.RequestJson;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.HistoryGenerator;
import dev.tandem.sample.JobGenerator;
import dev.tandem.sample.LedgerGenerator;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.RequestGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem generate}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a generated network (stores clustered around cities, long-tail demand, dead stock, "
                + "overloaded stores), and optionally support requests and the day's jobs for it, the same for the "
                + "same options.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--stores", defaultValue = "200", description = "Number of stores (default: ${DEFAULT-VALUE}).")
    private int stores;

    @Option(names = "--parts", defaultValue = "2000", description = "Number of parts (default: ${DEFAULT-VALUE}).")
    private int parts;

    @Option(names = "--technicians", defaultValue = "1000",
            description = "Number of technicians (default: ${DEFAULT-VALUE}).")
    private int technicians;

    @Option(names = "--days", defaultValue = "7", description = "Days of capacity (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the snapshot.")
    private Path out;

    @Option(names = "--requests", defaultValue = "0", description = "Also generate this many support requests for "
            + "the network (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--requests-out", paramLabel = "FILE", description = "Where to write the support requests.")
    private Path requestsOut;

    @Option(names = "--ledger-out", paramLabel = "FILE", description = "Also write a collaboration ledger for the "
            + "network, the weeks up to its snapshot, as a JSON Lines event log.")
    private Path ledgerOut;

    @Option(names = "--ledger-weeks", defaultValue = "4",
            description = "Weeks of ledger with --ledger-out (default: ${DEFAULT-VALUE}).")
    private int ledgerWeeks;

    @Option(names = "--history-out", paramLabel = "FILE", description = "Also write a booking history of the "
            + "stores here, for forecasts: JSON, or CSV when the name ends in .csv.")
    private Path historyOut;

    @Option(names = "--history-weeks", defaultValue = "12", description = "Weeks of booking history before the "
            + "snapshot's date (default: ${DEFAULT-VALUE}).")
    private int historyWeeks;

    @Option(names = "--jobs", defaultValue = "0", description = "Also generate this many jobs of the day for customer "
            + "diversion (default: ${DEFAULT-VALUE}).")
    private int jobs;

    @Option(names = "--jobs-out", paramLabel = "FILE", description = "Where to write the jobs.")
    private Path jobsOut;

    @Option(names = "--surge", defaultValue = "1.3", description = "How busy the jobs' day is against the booked "
            + "capacity (default: ${DEFAULT-VALUE}).")
    private double surge;

    @Override
    public Integer call() {
        GeneratorSpec generatorSpec;
        try {
            generatorSpec = new GeneratorSpec(stores, parts, technicians, days, seed, GeneratorSpec.DEFAULT_AS_OF);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (historyWeeks < 1 || historyWeeks > 104) {
            throw new ParameterException(spec.commandLine(), "--history-weeks must be from 1 to 104");
        }
        if (requests < 0 || requests > 0 && requestsOut == null) {
            throw new ParameterException(spec.commandLine(), "--requests must be 0 or more, and needs --requests-out");
        }
        if (ledgerWeeks < 1 || ledgerOut != null && stores < 2) {
            throw new ParameterException(spec.commandLine(), "--ledger-weeks must be 1 or more, and a ledger needs "
                    + "--stores 2 or more");
        }
        if (jobs < 0 || jobs > 0 && jobsOut == null || !(surge > 0)) {
            throw new ParameterException(spec.commandLine(), "--jobs must be 0 or more, and needs --jobs-out; "
                    + "--surge must be more than 0");
        }
        NetworkSnapshot network = NetworkGenerator.generate(generatorSpec);
        SnapshotFiles.write(network, out);
        if (requests > 0) {
            List<SupportRequest> generated = RequestGenerator.generate(network, requests, seed);
            SnapshotFiles.writeText(requestsOut, RequestJson.toJson(generated));
            spec.commandLine().getOut().printf("wrote %s: %d support requests%n", requestsOut, generated.size());
        }
        if (ledgerOut != null) {
            List<LedgerEvent> events = LedgerGenerator.generate(network, ledgerWeeks, seed);
            SnapshotFiles.writeText(ledgerOut, LedgerJson.toJsonLines(events));
            spec.commandLine().getOut().printf("wrote %s: %d ledger events over %d weeks%n", ledgerOut,
                    events.size(), ledgerWeeks);
        }
        if (historyOut != null) {
            BookingHistory history = HistoryGenerator.generate(network, historyWeeks, seed);
            boolean csv = historyOut.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
            SnapshotFiles.writeText(historyOut, csv ? BookingHistoryCsv.toCsv(history)
                    : BookingHistoryJson.toJson(history));
            spec.commandLine().getOut().printf("wrote %s: %d weeks of bookings of %d stores%n", historyOut,
                    historyWeeks, history.stores().size());
        }
        if (jobs > 0) {
            List<Job> generated = JobGenerator.generate(network, jobs, surge, seed);
            SnapshotFiles.writeText(jobsOut, JobJson.toJson(generated));
            spec.commandLine().getOut().printf("wrote %s: %d jobs%n", jobsOut, generated.size());
        }
        spec.commandLine().getOut().printf("wrote %s: %d stores, %d technicians, %d parts, %d stock rows, "
                + "%d capacity days (seed %d)%n", out, network.storeCount(), network.technicianCount(),
                network.partCount(), network.stock().size(), network.capacity().size(), seed);
        return 0;
    }
}
