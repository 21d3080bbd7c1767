package dev.tandem.kpi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.Sets;

import dev.tandem.ledger.LedgerEntry;

/**
 * How one request was served: its answer and fulfilment times and the promises it broke.
 *
 * @param entry the ledger record
 * @param answerTime from request to accepted or refused, if answered
 * @param fulfilmentTime from request to done, if done
 * @param breaches the promises broken, as of the moment measured
 */
public record Response(LedgerEntry entry, Optional<Duration> answerTime, Optional<Duration> fulfilmentTime,
        Set<Breach> breaches) {

    public Response {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(answerTime, "answerTime");
        Objects.requireNonNull(fulfilmentTime, "fulfilmentTime");
        breaches = Sets.immutableEnumSet(breaches);
    }
}
