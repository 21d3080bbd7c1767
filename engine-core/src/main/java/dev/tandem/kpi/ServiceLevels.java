package dev.tandem.kpi;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import dev.tandem.ledger.LedgerEntry;
import dev.tandem.ledger.LedgerState;
import dev.tandem.ledger.Status;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.StoreId;

/**
 * Response times and broken promises of the requests in a ledger, per request, per store and for the network,
 * as of a moment: a request still open counts as breaching a promise whose deadline has passed.
 *
 * <p>A store's service level covers the requests it was asked to help with, and the breaches charged to it
 * ({@link Breach#chargedTo}): the helper for answers and transfer promises, the requester for a late booking.
 *
 * @param asOf the moment measured at
 * @param responses one per request, in the order requested
 * @param stores per store of the network, in the snapshot's order
 * @param network over every request
 */
public record ServiceLevels(OffsetDateTime asOf, List<Response> responses, Map<StoreId, ServiceLevel> stores,
        ServiceLevel network) {

    public ServiceLevels {
        Objects.requireNonNull(asOf, "asOf");
        responses = ImmutableList.copyOf(responses);
        stores = ImmutableMap.copyOf(stores);
        Objects.requireNonNull(network, "network");
    }

    /** Every request of the ledger, measured at {@code asOf}. */
    public static ServiceLevels measure(LedgerState ledger, OffsetDateTime asOf, ServiceLevelSettings settings) {
        return measure(ledger, entry -> true, asOf, settings);
    }

    /** The requests of the ledger that {@code include} accepts, such as those of one week. */
    public static ServiceLevels measure(LedgerState ledger, Predicate<LedgerEntry> include, OffsetDateTime asOf,
            ServiceLevelSettings settings) {
        List<Response> responses = new ArrayList<>();
        for (LedgerEntry entry : ledger.records()) {
            if (include.test(entry)) {
                responses.add(new Response(entry, entry.answerTime(), entry.fulfilmentTime(),
                        breaches(entry, asOf, settings)));
            }
        }
        Map<StoreId, ServiceLevel> stores = new LinkedHashMap<>();
        for (StoreId store : ledger.stores()) {
            List<Response> asked = responses.stream()
                    .filter(response -> response.entry().request().helper().equals(store)).toList();
            List<Breach> charged = responses.stream().flatMap(response -> response.breaches().stream()
                    .filter(breach -> breach.chargedTo(response.entry().request()).equals(store))).toList();
            stores.put(store, ServiceLevel.of(asked, charged));
        }
        ServiceLevel network = ServiceLevel.of(responses,
                responses.stream().flatMap(response -> response.breaches().stream()).toList());
        return new ServiceLevels(asOf, responses, stores, network);
    }

    static Set<Breach> breaches(LedgerEntry entry, OffsetDateTime asOf, ServiceLevelSettings settings) {
        Set<Breach> breaches = EnumSet.noneOf(Breach.class);
        OffsetDateTime requested = entry.requestedAt();
        Optional<OffsetDateTime> answered = entry.answeredAt();
        if (isLate(answered, requested.plus(settings.answerWithin()), asOf)) {
            breaches.add(Breach.ANSWER_TIME);
        }
        if (isLate(answered, closeOf(requested, settings), asOf)) {
            breaches.add(Breach.DAILY_CLOSE);
        }
        if (entry.request() instanceof Transfer transfer && transfer.customerWaiting()
                && entry.status() != Status.REFUSED && isLate(entry.at(Status.DONE), requested.plus(settings.transferPromise()), asOf)) {
            breaches.add(Breach.TRANSFER_PROMISE);
        }
        if (entry.request() instanceof SupportTrip trip
                && ChronoUnit.DAYS.between(requested.toLocalDate(), trip.day()) < settings.bookingLeadDays()) {
            breaches.add(Breach.BOOKING_LEAD);
        }
        return breaches;
    }

    /** Done after the deadline, or not done and the deadline passed. */
    private static boolean isLate(Optional<OffsetDateTime> done, OffsetDateTime deadline, OffsetDateTime asOf) {
        return done.map(time -> time.isAfter(deadline)).orElse(asOf.isAfter(deadline));
    }

    /** The daily close a request is due by: its own day's, or the next day's when it came after the close. */
    static OffsetDateTime closeOf(OffsetDateTime requested, ServiceLevelSettings settings) {
        LocalDate day = requested.toLocalTime().isAfter(settings.dailyClose())
                ? requested.toLocalDate().plusDays(1) : requested.toLocalDate();
        return OffsetDateTime.of(day, settings.dailyClose(), requested.getOffset());
    }

}
