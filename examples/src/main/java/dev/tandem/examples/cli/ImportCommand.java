package dev.tandem.examples.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.tandem.io.csv.CsvNetworkImport;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.travel.HaversineTravel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem import}: the playbook's spreadsheets, saved as CSV, into one snapshot file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads a network kept in spreadsheets (CSV, UTF-8, English or the playbook's Chinese headers) "
                + "and writes it as a snapshot.",
                "Every problem is listed at once as file.csv:LINE column: message (exit 2)."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--stores", required = true, paramLabel = "CSV", description = "Stores: id, name, region, "
            + "lat, lon, dailyCapacity.")
    private Path stores;

    @Option(names = "--parts", paramLabel = "CSV", description = "Parts: partNumber, name, unitCost.")
    private Path parts;

    @Option(names = "--technicians", paramLabel = "CSV", description = "The technician capability map.")
    private Path technicians;

    @Option(names = "--stock", paramLabel = "CSV", description = "The stock table, long or wide (one column per "
            + "store).")
    private Path stock;

    @Option(names = "--capacity", paramLabel = "CSV", description = "The capacity table.")
    private Path capacity;

    @Option(names = "--as-of", required = true, paramLabel = "TIME", description = "The moment the tables "
            + "describe, ISO-8601 with offset, such as 2026-11-27T09:00+08:00.")
    private OffsetDateTime asOf;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the snapshot.")
    private Path out;

    @Option(names = "--speed-kmh", paramLabel = "KMH", description = "Average door-to-door driving speed between "
            + "stores, 1 to 300 km/h (default: ${DEFAULT-VALUE}).")
    private double speedKmh = HaversineTravel.DEFAULT.speedKmh();

    @Option(names = "--road-factor", paramLabel = "FACTOR", description = "How much longer roads are than the "
            + "straight line, 1 to 10 (default: ${DEFAULT-VALUE}).")
    private double roadFactor = HaversineTravel.DEFAULT.roadFactor();

    @Override
    public Integer call() {
        CsvNetworkImport.Builder builder = CsvNetworkImport.builder().asOf(asOf).stores(stores).travel(travel());
        if (parts != null) {
            builder.parts(parts);
        }
        if (technicians != null) {
            builder.technicians(technicians);
        }
        if (stock != null) {
            builder.stock(stock);
        }
        if (capacity != null) {
            builder.capacity(capacity);
        }
        NetworkSnapshot network;
        try {
            network = builder.build().read();
        } catch (NoSuchFileException e) {
            throw new UserInputException("cannot read " + e.getFile() + ": no such file");
        } catch (IOException e) {
            throw new UserInputException("cannot read the CSV files: " + e.getMessage());
        }
        SnapshotFiles.write(network, out);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d stores, %d technicians, %d parts, %d stock "
                + "rows, %d capacity days; drives at %s km/h on roads %s times the straight line%n", out,
                network.storeCount(), network.technicianCount(), network.partCount(), network.stock().size(),
                network.capacity().size(), number(speedKmh), number(roadFactor));
        return 0;
    }

    /** The travel model of the options, checked before any file is read. */
    private HaversineTravel travel() {
        if (!HaversineTravel.isValidSpeed(speedKmh)) {
            throw new ParameterException(spec.commandLine(), "--speed-kmh " + number(speedKmh)
                    + " is not a driving speed from 1 to 300 km/h");
        }
        if (!HaversineTravel.isValidRoadFactor(roadFactor)) {
            throw new ParameterException(spec.commandLine(), "--road-factor " + number(roadFactor)
                    + " is not a ratio of road to straight-line distance from 1 to 10");
        }
        return new HaversineTravel(roadFactor, speedKmh);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
