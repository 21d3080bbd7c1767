package dev.tandem.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dev.tandem.assign.AssignmentProblem;

/**
 * Reads generalized assignment instances in OR-Library's format ({@code m n}, then the costs of agent × job, the
 * loads of agent × job and the agents' capacities, whitespace-separated), and the best known minimum costs of
 * {@code values.csv}. Agents are bins, jobs items; every pair is allowed. The instances are minimized as given:
 * {@code values.csv}'s {@code best_known_min} column is the optimum of that reading (OR-Library once published
 * some of these as maximization; its {@code orlib_max_optimum} column keeps those values and is not used).
 */
public final class GapInstances {

    private GapInstances() {
    }

    public static AssignmentProblem read(Path file) throws IOException {
        String[] tokens = Files.readString(file).trim().split("\\s+");
        int bins = Integer.parseInt(tokens[0]);
        int items = Integer.parseInt(tokens[1]);
        int at = 2;
        long[][] costs = new long[bins][items];
        long[][] loads = new long[bins][items];
        for (int bin = 0; bin < bins; bin++) {
            for (int item = 0; item < items; item++) {
                costs[bin][item] = Long.parseLong(tokens[at++]);
            }
        }
        for (int bin = 0; bin < bins; bin++) {
            for (int item = 0; item < items; item++) {
                loads[bin][item] = Long.parseLong(tokens[at++]);
            }
        }
        AssignmentProblem.Builder builder = AssignmentProblem.builder(items, bins);
        for (int bin = 0; bin < bins; bin++) {
            builder.capacity(bin, Long.parseLong(tokens[at++]));
            for (int item = 0; item < items; item++) {
                builder.allow(item, bin, costs[bin][item], loads[bin][item]);
            }
        }
        return builder.build();
    }

    /** By instance name such as {@code chu1997/a05100}: its best known minimum, if the row has one. */
    public static Map<String, OptionalLong> bestKnown(Path valuesCsv) throws IOException {
        List<String> lines = Files.readAllLines(valuesCsv);
        List<String> header = List.of(lines.get(0).split(","));
        int name = header.indexOf("instance");
        int best = header.indexOf("best_known_min");
        Map<String, OptionalLong> values = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            values.put(cells[name], cells[best].isBlank() ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(cells[best].trim())));
        }
        return values;
    }
}
