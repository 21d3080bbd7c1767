package dev.tandem.solvers.assign.internal.domain;

import java.util.Comparator;

/**
 * Orders items from the easiest to place to the hardest, so that the construction heuristic places the hardest
 * first: fewer allowed bins is harder, then a larger load, then the lower index (for a stable order).
 */
public final class ItemDifficultyComparator implements Comparator<Item> {

    private static final Comparator<Item> ORDER = Comparator
            .comparingInt((Item item) -> -item.getOptions().size())
            .thenComparingLong(Item::maxLoad)
            .thenComparing(Comparator.comparingInt(Item::getIndex).reversed());

    @Override
    public int compare(Item a, Item b) {
        return ORDER.compare(a, b);
    }
}
