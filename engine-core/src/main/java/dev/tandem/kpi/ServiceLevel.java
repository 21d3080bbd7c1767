package dev.tandem.kpi;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.Maps;

/**
 * The service level of a store or of the network over some requests.
 *
 * @param requests requests counted
 * @param answered of those, answered (accepted or refused)
 * @param meanAnswerTime mean time to answer, over those answered
 * @param meanFulfilmentTime mean time from request to done, over those done
 * @param breaches the breaches charged, per kind; every kind present
 */
public record ServiceLevel(int requests, int answered, Optional<Duration> meanAnswerTime,
        Optional<Duration> meanFulfilmentTime, Map<Breach, Integer> breaches) {

    public ServiceLevel {
        Objects.requireNonNull(meanAnswerTime, "meanAnswerTime");
        Objects.requireNonNull(meanFulfilmentTime, "meanFulfilmentTime");
        EnumMap<Breach, Integer> all = new EnumMap<>(Breach.class);
        for (Breach breach : Breach.values()) {
            all.put(breach, breaches.getOrDefault(breach, 0));
        }
        breaches = Maps.immutableEnumMap(all);
    }

    /** Over {@code responses}, counting the breaches in {@code charged}. */
    static ServiceLevel of(List<Response> responses, List<Breach> charged) {
        Map<Breach, Integer> breaches = new EnumMap<>(Breach.class);
        charged.forEach(breach -> breaches.merge(breach, 1, Integer::sum));
        return new ServiceLevel(responses.size(),
                (int) responses.stream().filter(response -> response.answerTime().isPresent()).count(),
                mean(responses.stream().flatMap(response -> response.answerTime().stream()).toList()),
                mean(responses.stream().flatMap(response -> response.fulfilmentTime().stream()).toList()),
                breaches);
    }

    public int breaches(Breach breach) {
        return breaches.get(breach);
    }

    public int totalBreaches() {
        return breaches.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The mean of some durations, to the second; empty when there are none. */
    public static Optional<Duration> mean(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        long seconds = durations.stream().mapToLong(Duration::toSeconds).sum();
        return Optional.of(Duration.ofSeconds(Math.round((double) seconds / durations.size())));
    }
}
