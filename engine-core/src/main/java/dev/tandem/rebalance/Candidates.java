package dev.tandem.rebalance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.tandem.travel.DriveIndex;

/**
 * Which surplus stores of a part may send to which of its short stores (see {@link RebalanceSettings}): the nearest,
 * the most valuable, and for every dead-stock pile its nearest short stores; under per-part freight, only pairs
 * whose full load can pay its trip. Ranking uses the drive index; the pay test uses the exact freight.
 */
final class Candidates {

    private final RebalanceProblem problem;
    private final PartBalance part;
    private final DriveIndex drives;
    private final int nearest;
    private final int byValue;
    private final boolean mustPayAlone;

    private Candidates(RebalanceProblem problem, PartBalance part) {
        this.problem = problem;
        this.part = part;
        this.drives = problem.drives();
        RebalanceSettings settings = problem.settings();
        this.nearest = settings.candidatesPerShortage();
        this.byValue = settings.candidatesByValue();
        this.mustPayAlone = settings.freightMode() == FreightMode.PER_PART;
    }

    /** Per need of {@code part} (in its order), the surpluses that may send to it, nearest first. */
    static List<List<PartBalance.Surplus>> of(RebalanceProblem problem, PartBalance part) {
        return new Candidates(problem, part).compute();
    }

    private List<List<PartBalance.Surplus>> compute() {
        List<PartBalance.Surplus> surpluses = part.surpluses();
        List<PartBalance.Need> needs = part.needs();
        boolean[][] chosen = new boolean[needs.size()][];
        for (int j = 0; j < needs.size(); j++) {
            chosen[j] = new boolean[surpluses.size()];
            PartBalance.Need need = needs.get(j);
            if (nearest == RebalanceSettings.UNLIMITED) {
                for (int i = 0; i < surpluses.size(); i++) {
                    chosen[j][i] = pays(surpluses.get(i), need);
                }
                continue;
            }
            int[] byDistance = byDistanceTo(need.store());
            for (int rank = 0, found = 0; rank < byDistance.length && found < nearest; rank++) {
                if (pays(surpluses.get(byDistance[rank]), need)) {
                    chosen[j][byDistance[rank]] = true;
                    found++;
                }
            }
            addMostValuable(need, chosen[j]);
        }
        if (byValue > 0 && nearest != RebalanceSettings.UNLIMITED) {
            addNearestNeedsOfDeadStock(chosen);
        }
        List<List<PartBalance.Surplus>> candidates = new ArrayList<>(needs.size());
        for (int j = 0; j < needs.size(); j++) {
            int to = needs.get(j).store();
            List<PartBalance.Surplus> list = new ArrayList<>();
            for (int i : byDistanceTo(to)) {
                if (chosen[j][i]) {
                    list.add(surpluses.get(i));
                }
            }
            candidates.add(list);
        }
        return candidates;
    }

    /** Surplus indexes other than at {@code store}, nearest to it first, ties by store index. */
    private int[] byDistanceTo(int store) {
        List<PartBalance.Surplus> surpluses = part.surpluses();
        long[] keys = new long[surpluses.size()];
        int count = 0;
        for (int i = 0; i < surpluses.size(); i++) {
            int from = surpluses.get(i).store();
            if (from != store) {
                // Non-negative floats order like their bits; the surplus index follows store order.
                keys[count++] = ((long) Float.floatToIntBits(drives.minutes(from, store)) << 32) | i;
            }
        }
        Arrays.sort(keys, 0, count);
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    /** Adds the {@code byValue} surpluses whose full load to {@code need} would earn the most, if it earns at all. */
    private void addMostValuable(PartBalance.Need need, boolean[] chosen) {
        if (byValue == 0) {
            return;
        }
        List<PartBalance.Surplus> surpluses = part.surpluses();
        long perKm = problem.settings().freight().perKm().cents();
        long minimum = problem.settings().freight().minimumPerTrip().cents();
        long unitWorth = bestUnitWorth(need);
        long[] earnings = new long[surpluses.size()];
        List<Integer> earning = new ArrayList<>();
        for (int i = 0; i < surpluses.size(); i++) {
            PartBalance.Surplus surplus = surpluses.get(i);
            if (chosen[i] || surplus.store() == need.store()) {
                continue;
            }
            long freight = Math.max(minimum, Math.round(drives.kilometres(surplus.store(), need.store()) * perKm));
            long load = Math.min(surplus.units(), need.units());
            long earns = load * (unitWorth + (surplus.dead() ? part.revivalBenefit() : 0)) - freight;
            if (earns > 0) {
                earnings[i] = earns;
                earning.add(i);
            }
        }
        earning.sort((a, b) -> earnings[a] != earnings[b] ? Long.compare(earnings[b], earnings[a])
                : Integer.compare(a, b));
        for (int k = 0, added = 0; k < earning.size() && added < byValue; k++) {
            int i = earning.get(k);
            if (pays(surpluses.get(i), need)) {
                chosen[i] = true;
                added++;
            }
        }
    }

    /** Lets every dead-stock pile reach its {@code byValue} nearest short stores that it can pay to reach. */
    private void addNearestNeedsOfDeadStock(boolean[][] chosen) {
        List<PartBalance.Need> needs = part.needs();
        List<PartBalance.Surplus> surpluses = part.surpluses();
        long[] keys = new long[needs.size()];
        for (int i = 0; i < surpluses.size(); i++) {
            PartBalance.Surplus surplus = surpluses.get(i);
            if (!surplus.dead()) {
                continue;
            }
            int count = 0;
            for (int j = 0; j < needs.size(); j++) {
                int to = needs.get(j).store();
                if (to != surplus.store()) {
                    keys[count++] = ((long) Float.floatToIntBits(drives.minutes(surplus.store(), to)) << 32) | j;
                }
            }
            Arrays.sort(keys, 0, count);
            for (int k = 0, found = 0; k < count && found < byValue; k++) {
                int j = (int) keys[k];
                if (pays(surplus, needs.get(j))) {
                    chosen[j][i] = true;
                    found++;
                }
            }
        }
    }

    /**
     * Whether the pair may ever be worth a trip: always under per-run freight (another part may pay for the run);
     * under per-part freight only when its full load, all at the need's most valuable class, beats the freight, since
     * an optimal plan never keeps a trip that earns less than it costs.
     */
    private boolean pays(PartBalance.Surplus surplus, PartBalance.Need need) {
        if (!mustPayAlone) {
            return true;
        }
        long load = Math.min(surplus.units(), need.units());
        long most = Math.multiplyExact(load, bestUnitWorth(need) + (surplus.dead() ? part.revivalBenefit() : 0));
        return most > problem.tripFreight(surplus.store(), need.store());
    }

    private long bestUnitWorth(PartBalance.Need need) {
        return need.backorderUnits() > 0 ? part.backorderBenefit()
                : need.safetyUnits() > 0 ? part.safetyBenefit() : part.coverBenefit();
    }
}
