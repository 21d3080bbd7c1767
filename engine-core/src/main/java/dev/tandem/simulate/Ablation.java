package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import dev.tandem.model.Money;

/**
 * What each lever is worth: the network with each lever alone, with all but one, and with all, each against the
 * isolated stores on the same seeds. Immutable.
 *
 * @param variants each set of levers tried and its comparison with the isolated stores, in the order tried
 */
public record Ablation(Map<Set<Lever>, PolicyComparison> variants) {

    public Ablation {
        checkArgument(!variants.isEmpty(), "An ablation needs at least one variant.");
        variants = Collections.unmodifiableMap(new LinkedHashMap<>(variants));
    }

    /** Each lever alone, all but each, and all of {@code levers}, in that order. */
    public static List<Set<Lever>> variantsOf(Set<Lever> levers) {
        List<Set<Lever>> sets = new ArrayList<>();
        for (Lever lever : levers) {
            sets.add(EnumSet.of(lever));
        }
        if (levers.size() > 2) {
            for (Lever lever : levers) {
                EnumSet<Lever> allBut = EnumSet.copyOf(levers);
                allBut.remove(lever);
                sets.add(allBut);
            }
        }
        sets.add(EnumSet.copyOf(levers));
        return sets;
    }

    /** The comparison of one set of levers. */
    public PolicyComparison of(Set<Lever> levers) {
        return Objects.requireNonNull(variants.get(levers), () -> "No variant with the levers " + levers);
    }

    /**
     * A Markdown table: per variant, the network's effect against the isolated stores with its 95 % interval on
     * long waits, customers lost, fill rate and utilization, and the cost and value created.
     */
    public String table(Set<Lever> all) {
        StringBuilder out = new StringBuilder();
        PolicyComparison any = variants.values().iterator().next();
        out.append(String.format(Locale.ROOT, "Isolated stores: %s long waits, %s lost, fill rate %s, utilization %s."
                + "%n%n", Spread.of(any.isolated(), PolicyOutcome::longWaitShare).percent(),
                Spread.of(any.isolated(), PolicyOutcome::lost).whole(),
                Spread.of(any.isolated(), PolicyOutcome::fillRate).percent(),
                Spread.of(any.isolated(), PolicyOutcome::utilization).percent()));
        out.append("| levers | long waits (points) | customers lost | fill rate (points) | utilization (points) "
                + "| cost (CNY) | value created (CNY) |\n");
        out.append("|---|---|---|---|---|---:|---|\n");
        variants.forEach((levers, comparison) -> out.append("| ").append(describe(levers, all)).append(" | ")
                .append(comparison.effect(PolicyOutcome::longWaitShare).pointsInterval()).append(" | ")
                .append(comparison.effect(PolicyOutcome::lost).wholeInterval()).append(" | ")
                .append(comparison.effect(PolicyOutcome::fillRate).pointsInterval()).append(" | ")
                .append(comparison.effect(PolicyOutcome::utilization).pointsInterval()).append(" | ")
                .append(Spread.of(comparison.network(), cost()).whole()).append(" | ")
                .append(comparison.valueCreated().wholeInterval()).append(" |\n"));
        return out.toString();
    }

    private static ToDoubleFunction<PolicyOutcome> cost() {
        return outcome -> yuan(outcome.collaborationCost());
    }

    private static double yuan(Money money) {
        return money.toYuan().doubleValue();
    }

    /** "transfers alone", "all but diversion", "all": a variant's name among {@code all} levers. */
    public static String describe(Set<Lever> levers, Set<Lever> all) {
        if (levers.equals(all)) {
            return "all";
        }
        if (levers.size() == 1) {
            return levers.iterator().next().label() + " alone";
        }
        EnumSet<Lever> missing = EnumSet.copyOf(all);
        missing.removeAll(levers);
        if (missing.size() == 1) {
            return "all but " + missing.iterator().next().label();
        }
        return String.join(" + ", levers.stream().map(Lever::label).toList());
    }
}
