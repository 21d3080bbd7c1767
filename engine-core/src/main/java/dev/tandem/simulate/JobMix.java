package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;

/**
 * What simulated jobs need: a skill and a minimum level, drawn by weight. Immutable.
 *
 * @param skills the weight of each skill, positive
 * @param levels the weight of each minimum level, positive
 */
public record JobMix(Map<Skill, Double> skills, Map<Level, Double> levels) {

    /** Mostly general work; body and paint, high-voltage and driver assistance after; 3 % need a T3. */
    public static final JobMix DEFAULT = new JobMix(
            orderedMap(List.of(Skill.GENERAL, Skill.BODY_PAINT, Skill.HV_SYSTEM, Skill.ADAS),
                    List.of(0.55, 0.20, 0.15, 0.10)),
            orderedMap(List.of(Level.T1, Level.T2, Level.T3), List.of(0.75, 0.22, 0.03)));

    public JobMix {
        checkArgument(!skills.isEmpty() && !levels.isEmpty(), "A job mix needs at least one skill and one level.");
        skills.forEach((skill, weight) -> checkArgument(weight > 0 && Double.isFinite(weight),
                "The weight (%s) of skill (%s) must be positive.", weight, skill));
        levels.forEach((level, weight) -> checkArgument(weight > 0 && Double.isFinite(weight),
                "The weight (%s) of level (%s) must be positive.", weight, level));
        skills = Map.copyOf(new LinkedHashMap<>(skills));
        levels = Map.copyOf(new LinkedHashMap<>(levels));
    }

    /** The skills and their weights in a fixed order, so the same random number gives the same skill. */
    List<Map.Entry<Skill, Double>> skillsInOrder() {
        return skills.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    /** The levels and their weights in level order. */
    List<Map.Entry<Level, Double>> levelsInOrder() {
        return levels.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    /** A key of {@code weighted} drawn by weight. */
    static <K> K draw(List<Map.Entry<K, Double>> weighted, SplittableRandom random) {
        double total = weighted.stream().mapToDouble(Map.Entry::getValue).sum();
        double u = random.nextDouble() * total;
        for (Map.Entry<K, Double> entry : weighted) {
            u -= entry.getValue();
            if (u < 0) {
                return entry.getKey();
            }
        }
        return weighted.get(weighted.size() - 1).getKey();
    }

    private static <K> Map<K, Double> orderedMap(List<K> keys, List<Double> weights) {
        Map<K, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), weights.get(i));
        }
        return map;
    }
}
