package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import dev.tandem.model.Money;
import dev.tandem.report.ValueCreated;

/**
 * Both policies over the same seeds, side by side, with each effect of the network and its 95 % confidence
 * interval over the seeds (paired: the same seed is the same customers). Immutable.
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

    /** The value created per seed ({@link ValueCreated#net()}): customers retained at lifetime value less cost, CNY. */
    public Spread valueCreated() {
        return paired(pair -> yuan(value(pair).net()));
    }

    /** The network's outcome less the isolated one on {@code measure}, per seed. */
    public Spread effect(ToDoubleFunction<PolicyOutcome> measure) {
        return paired(pair -> measure.applyAsDouble(pair.network()) - measure.applyAsDouble(pair.isolated()));
    }

    /** Such as {@code customers facing a wait over 2 h}, or {@code over 2.5 h} for customers of more patience. */
    static String longWaitLabel(double patienceHours) {
        String hours = patienceHours == Math.rint(patienceHours) ? String.valueOf((long) patienceHours)
                : String.format(Locale.ROOT, "%.1f", patienceHours);
        return "customers facing a wait over " + hours + " h";
    }

    /**
     * The comparison as a Markdown table: each policy's mean ± standard deviation, and the network's effect with its
     * 95 % interval, marked "not significant" where the interval holds 0.
     */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("| measure | isolated stores | Tandem network | effect, 95 % interval |\n");
        out.append("|---|---:|---:|---|\n");
        percentRow(out, "part fill rate (on shelf or within 2 h)", PolicyOutcome::fillRate);
        percentRow(out, longWaitLabel(isolated.get(0).patienceHours()), PolicyOutcome::longWaitShare);
        percentRow(out, "  of them: in a queue", PolicyOutcome::queueWaitShare);
        percentRow(out, "  of them: for a part from the warehouse", PolicyOutcome::partWaitShare);
        percentRow(out, "  of them: given a later date (fault beyond the store)", PolicyOutcome::deferralShare);
        percentRow(out, "technician utilization", PolicyOutcome::utilization);
        wholeRow(out, "customers lost", PolicyOutcome::lost);
        wholeRow(out, "dead stock at the end (CNY)", outcome -> yuan(outcome.deadStock()));
        wholeRow(out, "emergency transfers", PolicyOutcome::emergencyTransfers);
        wholeRow(out, "units rebalanced", PolicyOutcome::unitsRebalanced);
        wholeRow(out, "support visits", PolicyOutcome::supportTrips);
        wholeRow(out, "technicians lent for a day", PolicyOutcome::technicianLoans);
        wholeRow(out, "diversions accepted (at the door or booked)", PolicyOutcome::diversionsAccepted);
        wholeRow(out, "incentive points", PolicyOutcome::points);
        wholeRow(out, "cost of collaboration (CNY)", outcome -> yuan(outcome.collaborationCost()));
        row(out, "customers retained by the network", "", "", customersRetained().wholeInterval());
        row(out, "value created (CNY, retained × lifetime value − cost)", "", "", valueCreated().wholeInterval());
        return out.toString();
    }

    private void percentRow(StringBuilder out, String measure, ToDoubleFunction<PolicyOutcome> value) {
        row(out, measure, Spread.of(isolated, value).percent(), Spread.of(network, value).percent(),
                effect(value).pointsInterval());
    }

    private void wholeRow(StringBuilder out, String measure, ToDoubleFunction<PolicyOutcome> value) {
        row(out, measure, Spread.of(isolated, value).whole(), Spread.of(network, value).whole(),
                effect(value).wholeInterval());
    }

    private static void row(StringBuilder out, String measure, String isolated, String network, String effect) {
        out.append("| ").append(measure).append(" | ").append(isolated).append(" | ").append(network)
                .append(" | ").append(effect).append(" |\n");
    }

    private ValueCreated value(Pair pair) {
        return new ValueCreated(pair.isolated().lost() - pair.network().lost(), customerLifetimeValue,
                pair.network().collaborationCost().minus(pair.isolated().collaborationCost()));
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
