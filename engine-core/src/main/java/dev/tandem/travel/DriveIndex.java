package dev.tandem.travel;

import java.util.Arrays;
import java.util.Objects;

import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * Drive times and distances between every pair of stores, and for each store the other stores in order of
 * drive time to it, so that a query visits the nearest candidates first and stops early.
 *
 * <p>Memory is {@code 20 n²} bytes for {@code n} stores (80 MB for 2,000 stores), built in {@code O(n² log n)}.
 * Immutable and thread-safe. Ties in drive time are broken by store index, so the order is deterministic.
 */
public final class DriveIndex {

    private final int storeCount;
    /**
     * By destination, {@code [to * n + from]}: every query fixes the destination, the requesting store, and reads
     * the legs to it from many origins; laid out by destination those share one row (8 KB at 2,000 stores) instead
     * of each taking a cache line on a page of its own.
     */
    private final float[] minutes;
    private final float[] kilometres;
    /** For store {@code s}, the other stores by drive time to {@code s}: {@code [s * (n - 1) + rank]}. */
    private final int[] inbound;
    /** Their drive times and distances, in the same order, so a walk of the neighbours reads all sequentially. */
    private final float[] inboundMinutes;
    private final float[] inboundKilometres;

    private DriveIndex(int storeCount, float[] minutes, float[] kilometres, int[] inbound, float[] inboundMinutes,
            float[] inboundKilometres) {
        this.storeCount = storeCount;
        this.minutes = minutes;
        this.kilometres = kilometres;
        this.inbound = inbound;
        this.inboundMinutes = inboundMinutes;
        this.inboundKilometres = inboundKilometres;
    }

    /** Computes all legs of {@code network} under its travel model. */
    public static DriveIndex of(NetworkSnapshot network) {
        Objects.requireNonNull(network, "network");
        int n = network.storeCount();
        float[] minutes = new float[n * n];
        float[] kilometres = new float[n * n];
        TravelModel travel = network.travel();
        for (int to = 0; to < n; to++) {
            Store destination = network.storeAt(to);
            for (int from = 0; from < n; from++) {
                Leg leg = travel.leg(network.storeAt(from), destination);
                minutes[to * n + from] = (float) leg.driveMinutes();
                kilometres[to * n + from] = (float) leg.distanceKm();
            }
        }
        int[] inbound = new int[n * Math.max(0, n - 1)];
        float[] inboundMinutes = new float[inbound.length];
        float[] inboundKilometres = new float[inbound.length];
        long[] keys = new long[Math.max(0, n - 1)];
        for (int to = 0; to < n; to++) {
            int k = 0;
            for (int from = 0; from < n; from++) {
                if (from != to) {
                    // Non-negative floats order like their bits: sort by (minutes, index) packed in one long.
                    keys[k++] = ((long) Float.floatToIntBits(minutes[to * n + from]) << 32) | from;
                }
            }
            Arrays.sort(keys);
            for (int rank = 0; rank < keys.length; rank++) {
                inbound[to * (n - 1) + rank] = (int) keys[rank];
                inboundMinutes[to * (n - 1) + rank] = Float.intBitsToFloat((int) (keys[rank] >>> 32));
                inboundKilometres[to * (n - 1) + rank] = kilometres[to * n + (int) keys[rank]];
            }
        }
        return new DriveIndex(n, minutes, kilometres, inbound, inboundMinutes, inboundKilometres);
    }

    public int storeCount() {
        return storeCount;
    }

    /** Drive time in minutes from store {@code from} to store {@code to} (dense indexes). */
    public float minutes(int from, int to) {
        return minutes[to * storeCount + from];
    }

    /** Road distance in kilometres from store {@code from} to store {@code to}. */
    public float kilometres(int from, int to) {
        return kilometres[to * storeCount + from];
    }

    /** How many other stores {@link #nearest(int, int)} can return for a store: {@code n - 1}. */
    public int neighbourCount() {
        return storeCount - 1;
    }

    /**
     * The store at {@code rank} (0 = nearest) among the other stores by drive time <em>to</em> {@code store}.
     */
    public int nearest(int store, int rank) {
        return inbound[store * (storeCount - 1) + rank];
    }

    /** The drive time from {@link #nearest(int, int) nearest(store, rank)} to {@code store}. */
    public float nearestMinutes(int store, int rank) {
        return inboundMinutes[store * (storeCount - 1) + rank];
    }

    /** The road distance from {@link #nearest(int, int) nearest(store, rank)} to {@code store}. */
    public float nearestKilometres(int store, int rank) {
        return inboundKilometres[store * (storeCount - 1) + rank];
    }
}
