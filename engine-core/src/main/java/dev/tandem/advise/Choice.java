package dev.tandem.advise;

import java.util.List;
import java.util.Objects;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The advisor's answer for one stuck customer. Immutable.
 *
 * @param customer the customer
 * @param options every option weighed, cheapest expected cost first; never empty
 * @param reason why the first option was picked, in plain words
 */
public record Choice(StuckCustomer customer, List<Option> options, String reason) {

    public Choice {
        Objects.requireNonNull(customer, "customer");
        options = List.copyOf(options);
        Objects.requireNonNull(reason, "reason");
        checkArgument(!options.isEmpty(), "A choice for the customer at store (%s) needs at least one option.",
                customer.store());
    }

    /** The option picked: the cheapest expected cost, the sooner service on a tie. */
    public Option pick() {
        return options.get(0);
    }
}
