package dev.tandem.service.plan;

/**
 * Where a plan job is: {@code QUEUED → RUNNING → SUCCEEDED | FAILED}, {@code QUEUED | RUNNING → CANCELLED}, and
 * {@code SUCCEEDED → APPROVED | REJECTED} by HQ. A plan acts on the network only once APPROVED.
 */
public enum PlanStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, APPROVED, REJECTED
}
