package dev.tandem.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The stock (库存) of one part at one store. In a valid snapshot all quantities are whole units,
 * {@code 0 <= reserved <= onHand}, {@code safetyStock >= 0}, {@code avgDailyDemand >= 0} and {@code backorders >= 0}.
 *
 * @param store the store holding the stock
 * @param part the part held
 * @param onHand units physically in the store
 * @param reserved units promised to jobs already, not free to give away
 * @param safetyStock units the store keeps for its own customers (安全库存)
 * @param avgDailyDemand units used on an average day
 * @param lastMovement the last day a unit came in or went out, if known
 * @param backorders units customers are waiting for that the store does not have (欠货)
 */
public record StockLevel(StoreId store, PartNumber part, int onHand, int reserved, int safetyStock,
        double avgDailyDemand, Optional<LocalDate> lastMovement, int backorders) {

    public StockLevel {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(lastMovement, "lastMovement");
    }

    /** A stock level with no customer waiting. */
    public StockLevel(StoreId store, PartNumber part, int onHand, int reserved, int safetyStock,
            double avgDailyDemand, Optional<LocalDate> lastMovement) {
        this(store, part, onHand, reserved, safetyStock, avgDailyDemand, lastMovement, 0);
    }

    /** Units on hand and not reserved. */
    public int available() {
        return Math.max(0, onHand - reserved);
    }

    /**
     * Units the store can give away without touching its reserved or safety stock; its own waiting customers
     * (backorders) come first.
     */
    public int spareAboveSafety() {
        // In a long: a record built outside a snapshot may hold counts whose int difference would wrap around.
        long spare = (long) onHand - reserved - safetyStock - backorders;
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, spare));
    }

    /** Whether the free stock is below the safety stock. */
    public boolean isBelowSafety() {
        return available() < safetyStock;
    }

    /**
     * Days the free stock lasts at the average demand; {@link Double#POSITIVE_INFINITY} when there is no
     * demand.
     */
    public double daysOfCover() {
        return avgDailyDemand <= 0 ? Double.POSITIVE_INFINITY : available() / avgDailyDemand;
    }

    /** Days since the last movement on {@code today}, or empty when the last movement is unknown. */
    public Optional<Long> daysIdle(LocalDate today) {
        return lastMovement.map(day -> ChronoUnit.DAYS.between(day, today));
    }

    /** A copy with another on-hand quantity. */
    public StockLevel withOnHand(int newOnHand) {
        return new StockLevel(store, part, newOnHand, reserved, safetyStock, avgDailyDemand, lastMovement,
                backorders);
    }
}
