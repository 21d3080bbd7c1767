package dev.tandem.match;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import dev.tandem.model.Money;
import dev.tandem.model.Store;

/**
 * One store that can send units of the part, ranked by the {@link TransferAdvisor}.
 *
 * @param source the store that would send
 * @param quantity units it can give, at most the quantity asked for
 * @param spare units it holds above reserved and safety stock
 * @param etaMinutes handling at the source plus the drive, in minutes
 * @param distanceKm road distance from the source to the requesting store
 * @param freight what the trip costs HQ
 * @param daysOfCoverLeft days the source's free stock lasts after giving, at its average demand;
 *     {@link Double#POSITIVE_INFINITY} when it has no demand
 * @param dipsIntoSafetyStock whether giving takes the source below its safety stock: a last resort
 * @param meetsPromise whether the part arrives within the promise
 */
public record TransferOption(Store source, int quantity, int spare, double etaMinutes, double distanceKm,
        Money freight, double daysOfCoverLeft, boolean dipsIntoSafetyStock, boolean meetsPromise) {

    public TransferOption {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(freight, "freight");
    }

    public Duration eta() {
        return Duration.ofSeconds(Math.round(etaMinutes * 60));
    }

    /**
     * A sentence a store manager can read, such as
     * {@code Dongguan Nancheng: 3 spare above safety stock, 48 min away, keeps 21 days of cover}.
     */
    public String reason() {
        StringBuilder reason = new StringBuilder(source.name()).append(": ");
        if (dipsIntoSafetyStock) {
            reason.append("gives ").append(quantity).append(" from its safety stock (last resort)");
        } else {
            reason.append(spare).append(" spare above safety stock");
        }
        reason.append(", ").append(formatMinutes(etaMinutes)).append(" away");
        if (!meetsPromise) {
            reason.append(" (misses the promise)");
        }
        reason.append(", ");
        if (Double.isInfinite(daysOfCoverLeft)) {
            reason.append("has no demand of its own");
        } else {
            reason.append("keeps ").append((long) Math.floor(daysOfCoverLeft)).append(" days of cover");
        }
        return reason.toString();
    }

    @Override
    public String toString() {
        return reason();
    }

    static String formatMinutes(double minutes) {
        long rounded = Math.round(minutes);
        return rounded < 60 ? rounded + " min"
                : String.format(Locale.ROOT, "%d h %02d min", rounded / 60, rounded % 60);
    }
}
