package dev.tandem.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;

import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;

/**
 * A technician support trip (SOP 2, 技师支援): {@code lender} sends its technician to {@code requester} on
 * {@code day}. The road distance sets HQ's subsidy band.
 *
 * @param id the request id
 * @param requester the store with the fault beyond its skill
 * @param lender the technician's home store; not {@code requester}
 * @param technician the technician sent
 * @param day the day of the support, which the booking lead (3 days by default) is measured against
 * @param distanceKm road distance between the stores, 0 or more
 */
public record SupportTrip(RequestId id, StoreId requester, StoreId lender, TechnicianId technician, LocalDate day,
        double distanceKm) implements Collaboration {

    public SupportTrip {
        RequestChecks.checkEnds(id, lender, requester);
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(day, "day");
        checkArgument(distanceKm >= 0 && Double.isFinite(distanceKm),
                "The distance (%s km) of support trip (%s) must be 0 or more.", distanceKm, id);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.SUPPORT;
    }

    @Override
    public StoreId helper() {
        return lender;
    }
}
