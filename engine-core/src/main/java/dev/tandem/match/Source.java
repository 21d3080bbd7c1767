package dev.tandem.match;

import dev.tandem.travel.DriveIndex;

/**
 * A store holding free units of the part, as the transfer advisors see it during one query. Ordered by drive
 * time to the requesting store, then store index: the order of {@link DriveIndex#nearest}.
 *
 * @param store dense store index
 * @param minutes drive time to the requesting store
 * @param spare units above reserved and safety stock
 * @param available units not reserved
 * @param demand average daily demand at the source
 */
record Source(int store, float minutes, int spare, int available, double demand) {

    static int compare(Source a, Source b) {
        int byMinutes = Float.compare(a.minutes, b.minutes);
        return byMinutes != 0 ? byMinutes : Integer.compare(a.store, b.store);
    }

    /** Whether it can give anything without dipping into safety stock. */
    boolean hasSpare() {
        return spare > 0;
    }
}
