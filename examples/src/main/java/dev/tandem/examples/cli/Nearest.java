package dev.tandem.examples.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The known value nearest to what a user typed, by edit distance ignoring case, when it is near enough. */
final class Nearest {

    private Nearest() {
    }

    /**
     * @param typed what the user typed
     * @param known the values it could have meant
     * @return the nearest known value, if at most a third of it differs (one edit for a short value)
     */
    static Optional<String> to(String typed, List<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt((String value) -> distance(wanted, value.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(value -> distance(wanted, value.toLowerCase(Locale.ROOT)) <= Math.max(1,
                        value.length() / 3));
    }

    /**
     * What to say after naming the unknown value: {@code ; did you mean "SZ"? The stores are ...} when a known
     * value is near, else {@code ; the stores are ...}.
     *
     * @param listing such as {@code the stores are SZ, GZ}
     */
    static String advice(String typed, List<String> known, String listing) {
        return to(typed, known)
                .map(value -> "; did you mean \"" + value + "\"? " + Character.toUpperCase(listing.charAt(0))
                        + listing.substring(1))
                .orElse("; " + listing);
    }

    /** The Levenshtein distance: the fewest insertions, deletions and substitutions from one text to the other. */
    static int distance(String from, String to) {
        int[] previous = new int[to.length() + 1];
        int[] current = new int[to.length() + 1];
        for (int j = 0; j <= to.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.length(); j++) {
                int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.length()];
    }
}
