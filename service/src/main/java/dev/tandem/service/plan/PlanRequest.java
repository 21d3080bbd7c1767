package dev.tandem.service.plan;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What HQ asks to plan.
 *
 * @param kind which plan
 * @param timeLimitSeconds how long the solver may search (dispatch and diversion; rebalancing solves exactly)
 * @param seed the solver's seed: the same state, seed and limit give the same plan
 * @param requests for a dispatch: the support requests, in the command line's request format; empty to draw a
 *        sample of {@code sampleSize}
 * @param jobs for a diversion: the waiting customers' jobs, in the command line's job format; empty to draw a
 *        sample
 * @param sampleSize how many sample requests or jobs to draw when none are given
 */
public record PlanRequest(PlanKind kind, int timeLimitSeconds, long seed, List<JsonNode> requests,
        List<JsonNode> jobs, int sampleSize) {

    public PlanRequest {
        Objects.requireNonNull(kind, "kind");
        requests = List.copyOf(requests);
        jobs = List.copyOf(jobs);
    }
}
