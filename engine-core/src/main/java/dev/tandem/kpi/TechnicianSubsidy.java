package dev.tandem.kpi;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import dev.tandem.ledger.LedgerEntry;
import dev.tandem.ledger.LedgerState;
import dev.tandem.ledger.Status;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.model.Money;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.SubsidyBand;
import dev.tandem.model.TechnicianId;

/**
 * What HQ pays a technician for one support trip (支援技师补贴).
 *
 * @param request the support trip
 * @param technician who went
 * @param lender the technician's home store
 * @param distanceKm the road distance
 * @param band its distance band
 * @param subsidy the band's subsidy
 * @param travelAndLodging whether HQ also pays travel and lodging, at cost
 */
public record TechnicianSubsidy(RequestId request, TechnicianId technician, StoreId lender, double distanceKm,
        SubsidyBand band, Money subsidy, boolean travelAndLodging) {

    public TechnicianSubsidy {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(lender, "lender");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(subsidy, "subsidy");
    }

    /** The subsidies of the support trips done in {@code month}, in the order requested. */
    public static List<TechnicianSubsidy> monthly(LedgerState ledger, YearMonth month, IncentivePolicy policy) {
        return ledger.records().stream()
                .filter(entry -> entry.request() instanceof SupportTrip && doneIn(entry, month))
                .map(entry -> policy.subsidy((SupportTrip) entry.request()))
                .toList();
    }

    static boolean doneIn(LedgerEntry entry, YearMonth month) {
        return entry.at(Status.DONE).filter(done -> YearMonth.from(done).equals(month)).isPresent();
    }
}
