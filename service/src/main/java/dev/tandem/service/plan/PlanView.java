package dev.tandem.service.plan;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A plan job as the API shows it.
 *
 * @param progress the share of the time limit used while running, 1 once finished
 * @param phase the solver's phase while running, as the library's solve job reports it (on the instance solving)
 * @param bestScore the best score found so far while running (on the instance solving)
 * @param summary the plan's headline figures, once solved
 * @param plan the plan with its validator's verdict, in the command line's plan format (only when read alone)
 */
public record PlanView(String id, String kind, String status, Double progress, String phase, String bestScore,
        String message, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, String decidedBy,
        OffsetDateTime decidedAt, JsonNode summary, JsonNode plan) {
}
