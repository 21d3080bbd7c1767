package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import dev.tandem.model.Money;

/**
 * Both policies over the same seeds, side by side. Immutable.
 *
 * @param isolated the outcome of every store alone, one per seed
 * @param network the outcome of the collaborating network, on the same seeds in the same order
 * @param customerLifetimeValue what a customer kept is worth
 * @param engines which engines planned the network policy
 */
public record PolicyComparison(List<PolicyOutcome> isolated, List<PolicyOutcome> network,
        Money customerLifetimeValue, String engines) {

    public PolicyComparison {
        isolated = List.copyOf(isolated);
        network = List.copyOf(network);
        Objects.requireNonNull(customerLifetimeValue, "customerLifetimeValue");
        Objects.requireNonNull(engines, "engines");
        checkArgument(isolated.size() == network.size() && !isolated.isEmpty(),
                "Both policies need the same seeds, one or more: %s and %s runs.", isolated.size(), network.size());
        for (int i = 0; i < isolated.size(); i++) {
            checkArgument(isolated.get(i).seed() == network.get(i).seed(),
                    "Run %s has seed %s alone and %s in the network.", i, isolated.get(i).seed(),
                    network.get(i).seed());
        }
    }

    /** Customers kept by the network that the isolated stores lost, per seed. */
    public Spread customersRetained() {
        return paired(pair -> pair.isolated().lost() - pair.network().lost());
    }

    /**
     * Value created per seed: customers retained times their lifetime value, less what collaboration cost HQ,
     * in CNY.
     */
    public Spread valueCreated() {
        double lifetime = customerLifetimeValue.toYuan().doubleValue();
        return paired(pair -> (pair.isolated().lost() - pair.network().lost()) * lifetime
                - pair.network().collaborationCost().toYuan().doubleValue());
    }

    /** The comparison as a Markdown table, with the playbook's before and after where it gives them. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("| measure | isolated stores | Tandem network | playbook before → after |\n");
        out.append("|---|---:|---:|---|\n");
        row(out, "part fill rate (on shelf or within 2 h)", percent(PolicyOutcome::fillRate), "82 % → 96 %");
        row(out, "customers facing a wait over 2 h", percent(PolicyOutcome::longWaitShare),
                "complaints 35 % → 8 %");
        row(out, "technician utilization", percent(PolicyOutcome::utilization), "58 % → 85 %");
        row(out, "customers lost", whole(PolicyOutcome::lost), "");
        row(out, "dead stock at the end (CNY)", whole(outcome -> yuan(outcome.deadStock())), "");
        row(out, "emergency transfers", whole(PolicyOutcome::emergencyTransfers), "");
        row(out, "units rebalanced (dead stock revived)", new String[] {
            Spread.of(isolated, PolicyOutcome::unitsRebalanced).whole(),
            Spread.of(network, PolicyOutcome::unitsRebalanced).whole() + " ("
                    + Spread.of(network, PolicyOutcome::deadStockRevived).whole() + ")"}, "");
        row(out, "support trips", whole(PolicyOutcome::supportTrips), "");
        row(out, "diversions accepted of offered", new String[] {"0",
            Spread.of(network, PolicyOutcome::diversionsAccepted).whole() + " of "
                    + Spread.of(network, PolicyOutcome::diversionOffers).whole()}, "");
        row(out, "incentive points", whole(PolicyOutcome::points), "");
        row(out, "cost of collaboration (CNY)", whole(outcome -> yuan(outcome.collaborationCost())), "");
        row(out, "customers retained by the network", new String[] {"", customersRetained().whole()}, "");
        row(out, "value created (CNY, retained × lifetime value − cost)",
                new String[] {"", valueCreated().whole()}, "");
        return out.toString();
    }

    private String[] percent(ToDoubleFunction<PolicyOutcome> measure) {
        return new String[] {Spread.of(isolated, measure).percent(), Spread.of(network, measure).percent()};
    }

    private String[] whole(ToDoubleFunction<PolicyOutcome> measure) {
        return new String[] {Spread.of(isolated, measure).whole(), Spread.of(network, measure).whole()};
    }

    private static void row(StringBuilder out, String measure, String[] values, String playbook) {
        out.append("| ").append(measure).append(" | ").append(values[0]).append(" | ").append(values[1])
                .append(" | ").append(playbook).append(" |\n");
    }

    private static double yuan(Money money) {
        return money.toYuan().doubleValue();
    }

    private record Pair(PolicyOutcome isolated, PolicyOutcome network) {
    }

    private Spread paired(ToDoubleFunction<Pair> measure) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < isolated.size(); i++) {
            pairs.add(new Pair(isolated.get(i), network.get(i)));
        }
        return Spread.of(pairs, measure);
    }
}
