package dev.tandem.model;

import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * A validator's verdict on a plan.
 *
 * @param violations what is wrong, each naming the move or store and the numbers; empty when the plan is valid
 */
public record PlanValidation(List<String> violations) {

    public PlanValidation {
        violations = ImmutableList.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
