package dev.tandem.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * HQ's subsidy for a technician support trip by road distance. Defaults from the playbook: under 50 km 300 CNY;
 * 50 to 200 km 500 CNY plus travel and lodging; over 200 km 1000 CNY plus travel and lodging.
 *
 * @param nearLimitKm trips shorter than this are {@link SubsidyBand#NEAR}
 * @param farLimitKm trips longer than this are {@link SubsidyBand#FAR}; at least {@code nearLimitKm}
 * @param near the subsidy of a near trip
 * @param regional the subsidy of a regional trip, before travel and lodging
 * @param far the subsidy of a far trip, before travel and lodging
 */
public record SubsidyPolicy(double nearLimitKm, double farLimitKm, Money near, Money regional, Money far) {

    public static final SubsidyPolicy DEFAULT =
            new SubsidyPolicy(50, 200, Money.ofYuan(300), Money.ofYuan(500), Money.ofYuan(1000));

    public SubsidyPolicy {
        checkArgument(nearLimitKm > 0 && farLimitKm >= nearLimitKm && Double.isFinite(farLimitKm),
                "The limits (%s km, %s km) must be positive and in order.", nearLimitKm, farLimitKm);
        Objects.requireNonNull(near, "near");
        Objects.requireNonNull(regional, "regional");
        Objects.requireNonNull(far, "far");
    }

    public SubsidyBand band(double distanceKm) {
        if (distanceKm < nearLimitKm) {
            return SubsidyBand.NEAR;
        }
        return distanceKm <= farLimitKm ? SubsidyBand.REGIONAL : SubsidyBand.FAR;
    }

    /** The subsidy of a band, before travel and lodging. */
    public Money subsidy(SubsidyBand band) {
        return switch (band) {
            case NEAR -> near;
            case REGIONAL -> regional;
            case FAR -> far;
        };
    }

    /** Whether HQ also pays travel and lodging in this band. */
    public static boolean paysTravelAndLodging(SubsidyBand band) {
        return band != SubsidyBand.NEAR;
    }
}
