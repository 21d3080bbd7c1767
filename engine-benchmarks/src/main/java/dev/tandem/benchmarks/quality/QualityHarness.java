package dev.tandem.benchmarks.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality harness: every engine against its greedy baseline, its exact optimum on small instances and its
 * peer, on generated instances of several sizes, as one Markdown table of times and quality.
 *
 * <pre>
 * java -Xmx6g -cp engine-benchmarks/target/benchmarks.jar dev.tandem.benchmarks.quality.QualityHarness
 * java -Xmx6g -cp engine-benchmarks/target/benchmarks.jar dev.tandem.benchmarks.quality.QualityHarness \
 *     --quick --only matching,rebalancing --readme README.md
 * </pre>
 * {@code --quick} runs small instances only (a smoke test of a minute); {@code --only} picks engines by name;
 * {@code --gap-dir DIR} is where OR-Library's generalized assignment instances are, read at run time (default
 * {@code ../shared/benchmarks/gap}); {@code --readme FILE} also writes the table into FILE between the lines {@value #BEGIN} and {@value #END}, so
 * the README's performance table is the harness's output.
 */
public final class QualityHarness {

    static final String BEGIN = "<!-- quality-harness:begin -->";
    static final String END = "<!-- quality-harness:end -->";

    private QualityHarness() {
    }

    /** The suites by engine name, in the order of the table. */
    static Map<String, QualitySuite> suites(Path gapDirectory) {
        Map<String, QualitySuite> suites = new LinkedHashMap<>();
        suites.put("matching", new MatchingSuite());
        suites.put("rebalancing", new RebalanceSuite());
        suites.put("dispatch", new DispatchSuite());
        suites.put("assignment", new AssignmentSuite(gapDirectory));
        suites.put("diversion", new DiversionSuite());
        return suites;
    }

    public static void main(String[] args) {
        QualitySuite.Scale scale = QualitySuite.Scale.FULL;
        List<String> only = null;
        Path readme = null;
        Path gapDirectory = Path.of("../shared/benchmarks/gap");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> scale = QualitySuite.Scale.QUICK;
                case "--only" -> only = List.of(args[++i].split(","));
                case "--readme" -> readme = Path.of(args[++i]);
                case "--gap-dir" -> gapDirectory = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i] + "\nUsage: "
                        + "QualityHarness [--quick] [--only matching,rebalancing,dispatch,assignment,diversion] "
                        + "[--gap-dir DIR] [--readme FILE]");
            }
        }
        Map<String, QualitySuite> suites = suites(gapDirectory);
        String table = table(run(suites, scale, only == null ? List.copyOf(suites.keySet()) : only), scale);
        System.out.print(table);
        if (readme != null) {
            writeInto(readme, table);
        }
    }

    static List<QualityRow> run(Map<String, QualitySuite> suites, QualitySuite.Scale scale, List<String> engines) {
        List<QualityRow> rows = new ArrayList<>();
        for (String engine : engines) {
            QualitySuite suite = suites.get(engine);
            if (suite == null) {
                throw new IllegalArgumentException("Unknown engine: " + engine + "; known: " + suites.keySet());
            }
            rows.addAll(suite.run(scale));
        }
        return rows;
    }

    static String table(List<QualityRow> rows, QualitySuite.Scale scale) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Quality harness, %s scale, %d cores, Java %s.%n%n",
                scale.name().toLowerCase(Locale.ROOT), Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature()));
        out.append("| engine | instance | solver | time (s) | result | versus baseline, optimum or peer |\n");
        out.append("|---|---|---|---:|---|---|\n");
        for (QualityRow row : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %s |%n", row.engine(),
                    row.instance(), row.solver(), row.seconds(), row.result(), row.versus()));
        }
        return out.toString();
    }

    /** Replaces what lies between the markers in {@code file} with {@code table}. */
    static void writeInto(Path file, String table) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException(file + " has no " + BEGIN + " … " + END + " section.");
            }
            String updated = text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end);
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
