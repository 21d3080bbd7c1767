package dev.tandem.network.internal;

import dev.tandem.model.Money;

/**
 * The bounds every count of a network obeys, in a snapshot and in live state alike: the snapshot validator rejects
 * a value beyond them, and a live network refuses an update that would go beyond them, so every state a live
 * network reaches exports as a valid snapshot. The bounds are far above any real store; they keep every sum over a
 * network (units, jobs, money in fen) exact in a {@code long} and every difference of two counts inside an
 * {@code int}.
 */
public final class Bounds {

    /** The most units a stock count (on hand, reserved, safety stock, backorders) or jobs a capacity day may hold. */
    public static final int MAX_UNITS = 1_000_000;

    /** The most a part may cost. */
    public static final Money MAX_UNIT_COST = Money.ofYuan(10_000_000);

    /** Capacity is planned for days around the snapshot; a date further off is a typo, such as 2206 for 2026. */
    public static final int MAX_CAPACITY_DAYS = 366;

    private Bounds() {
    }
}
