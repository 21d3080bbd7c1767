package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a list of problems the way input errors are listed: one a line, indented, the first {@value #SHOWN},
 * then {@code ... and N more} with the exact count.
 */
final class Listing {

    /** How many problems a list shows. */
    static final int SHOWN = 20;

    private Listing() {
    }

    static void print(PrintWriter out, List<?> problems) {
        problems.stream().limit(SHOWN).forEach(problem -> out.println("  " + problem));
        if (problems.size() > SHOWN) {
            out.println("  ... and " + (problems.size() - SHOWN) + " more");
        }
    }

    /** {@code valid}, or {@code INVALID (N violations, listed below)}. */
    static String verdict(boolean valid, int violations) {
        return valid ? "valid" : "INVALID (" + violations + (violations == 1 ? " violation" : " violations")
                + ", listed below)";
    }
}
