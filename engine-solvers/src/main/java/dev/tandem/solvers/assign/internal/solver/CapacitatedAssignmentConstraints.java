package dev.tandem.solvers.assign.internal.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

import dev.tandem.solvers.assign.internal.domain.Item;

/**
 * The rules of capacitated assignment as constraint streams, the same objective as
 * {@link dev.tandem.assign.Assignment#score()}: the score of a placement is {@code (-overload, -unassigned, -cost)}.
 *
 * <ul>
 *   <li>Hard: {@value #CAPACITY}, the load above each bin's capacity.</li>
 *   <li>Medium: {@value #UNASSIGNED}, one per item placed in no bin.</li>
 *   <li>Soft: {@value #COST}, the cost of each placed item with a positive cost, and {@value #PROFIT}, the reward
 *       of each placed item with a negative cost (a profit).</li>
 * </ul>
 * Allowed pairs are not a constraint: an item's value range holds only its allowed bins.
 */
public final class CapacitatedAssignmentConstraints implements ConstraintProvider {

    public static final String CAPACITY = "Bin capacity";
    public static final String UNASSIGNED = "Unassigned item";
    public static final String COST = "Assignment cost";
    public static final String PROFIT = "Assignment profit";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                capacity(factory),
                // Medium
                unassigned(factory),
                // Soft
                cost(factory),
                profit(factory)
        };
    }

    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(Item.class)
                .groupBy(Item::getBin, ConstraintCollectors.sumLong(Item::getLoad))
                .filter((bin, load) -> load > bin.getCapacity())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (bin, load) -> bin.excess(load))
                .justifyWith((bin, load, score) -> new OverloadJustification(bin.getIndex(), load,
                        bin.getCapacity(), String.format("Bin %d holds %d, %d above its capacity of %d.",
                                bin.getIndex(), load, bin.excess(load), bin.getCapacity())))
                .asConstraint(CAPACITY);
    }

    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Item.class)
                .filter(item -> !item.isAssigned())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .justifyWith((item, score) -> new UnassignedJustification(item.getIndex(),
                        item.getOptions().size(), String.format("Item %d is in none of the %d bins it may go to.",
                                item.getIndex(), item.getOptions().size())))
                .asConstraint(UNASSIGNED);
    }

    Constraint cost(ConstraintFactory factory) {
        return factory.forEach(Item.class)
                .filter(item -> item.getCost() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Item::getCost)
                .justifyWith((item, score) -> costOf(item))
                .asConstraint(COST);
    }

    Constraint profit(ConstraintFactory factory) {
        return factory.forEach(Item.class)
                .filter(item -> item.getCost() < 0)
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, item -> -item.getCost())
                .justifyWith((item, score) -> costOf(item))
                .asConstraint(PROFIT);
    }

    private static CostJustification costOf(Item item) {
        return new CostJustification(item.getIndex(), item.getBin().getIndex(), item.getCost(), item.getLoad(),
                String.format("Item %d in bin %d costs %d and loads it %d.", item.getIndex(),
                        item.getBin().getIndex(), item.getCost(), item.getLoad()));
    }
}
