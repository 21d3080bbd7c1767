package dev.tandem.kpi;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The promises requests are measured against. Defaults from the playbook: parts within 2 hours (SOP 1), support
 * booked 3 days ahead (SOP 2), every request answered within 24 hours and every request of the day handled by
 * 21:00 (the group rules).
 *
 * @param transferPromise from a transfer's request to the part received, positive
 * @param bookingLeadDays whole days from a support trip's request to its day, 0 or more
 * @param answerWithin from any request to its answer (accepted or refused), positive
 * @param dailyClose the time of day, in the request's own offset, by which the day's requests are answered; a
 *     request made after it is due by the close of the next day
 */
public record ServiceLevelSettings(Duration transferPromise, int bookingLeadDays, Duration answerWithin,
        LocalTime dailyClose) {

    public static final ServiceLevelSettings DEFAULT =
            new ServiceLevelSettings(Duration.ofHours(2), 3, Duration.ofHours(24), LocalTime.of(21, 0));

    public ServiceLevelSettings {
        Objects.requireNonNull(transferPromise, "transferPromise");
        Objects.requireNonNull(answerWithin, "answerWithin");
        Objects.requireNonNull(dailyClose, "dailyClose");
        checkArgument(!transferPromise.isNegative() && !transferPromise.isZero(), "The transfer promise (%s) must be positive.", transferPromise);
        checkArgument(bookingLeadDays >= 0, "The booking lead (%s days) must be 0 or more.", bookingLeadDays);
        checkArgument(!answerWithin.isNegative() && !answerWithin.isZero(), "The answer time (%s) must be positive.", answerWithin);
    }
}
