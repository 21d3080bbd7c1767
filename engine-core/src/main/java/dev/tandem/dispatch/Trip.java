package dev.tandem.dispatch;

import java.time.OffsetDateTime;
import java.util.Objects;

import dev.tandem.model.Money;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.SubsidyBand;
import dev.tandem.model.TechnicianId;

/**
 * A technician's support trip for one request.
 *
 * @param request the request served
 * @param store the requesting store, where the work is done
 * @param technician who goes
 * @param home the technician's store, which lends them
 * @param departure when they leave home
 * @param start when the work starts
 * @param end when the work ends
 * @param back when they are home again
 * @param distanceKm road distance each way
 * @param band the subsidy band of the trip
 * @param cost HQ's cost: subsidy, plus travel and lodging where the band pays them
 * @param reason why this technician, in plain words
 */
public record Trip(RequestId request, StoreId store, TechnicianId technician, StoreId home, OffsetDateTime departure,
        OffsetDateTime start, OffsetDateTime end, OffsetDateTime back, double distanceKm, SubsidyBand band, Money cost,
        String reason) {

    public Trip {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(back, "back");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(reason, "reason");
    }
}
