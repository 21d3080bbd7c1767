package dev.tandem.rebalance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.StockLevel;
import dev.tandem.network.NetworkSnapshot;

/**
 * A network's stock imbalance, part by part, under a {@link RebalanceSettings} policy: what every rebalancing
 * solver starts from. Only parts short somewhere are kept; a part nobody can spare keeps its needs, so that
 * plans report them as shortfalls. Immutable.
 */
public final class RebalanceProblem {

    private final NetworkSnapshot network;
    private final RebalanceSettings settings;
    private final DriveIndex drives;
    private final ImmutableList<PartBalance> parts;

    private RebalanceProblem(NetworkSnapshot network, RebalanceSettings settings, DriveIndex drives,
            List<PartBalance> parts) {
        this.network = network;
        this.settings = settings;
        this.drives = drives;
        this.parts = ImmutableList.copyOf(parts);
    }

    /** Computes the imbalance of {@code network}, using {@code drives} for distances. */
    public static RebalanceProblem of(NetworkSnapshot network, RebalanceSettings settings, DriveIndex drives) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(drives, "drives");
        List<PartBalance> parts = new ArrayList<>();
        LocalDate today = network.today();
        for (Part part : network.parts()) {
            List<PartBalance.Surplus> surpluses = new ArrayList<>();
            List<PartBalance.Need> needs = new ArrayList<>();
            for (StockLevel level : network.stockOfPart(part.number())) {
                int store = network.storeIndex(level.store());
                int free = level.available();
                boolean dead = isDead(level, today, settings.deadStockDays());
                int target = target(level, settings.coverHorizonDays());
                if (dead && free > 0) {
                    surpluses.add(new PartBalance.Surplus(store, free, true));
                } else if (free > target) {
                    surpluses.add(new PartBalance.Surplus(store, free - target, false));
                } else if (free < target) {
                    int shortage = target - free;
                    int backorders = Math.min(shortage, level.backorders());
                    int safety = Math.min(shortage - backorders, Math.max(0, level.safetyStock() - free));
                    needs.add(new PartBalance.Need(store, backorders, safety, shortage - backorders - safety));
                }
            }
            if (!needs.isEmpty()) {
                parts.add(new PartBalance(part, surpluses, needs,
                        Math.addExact(part.unitCost().cents(), settings.customerGoodwill().cents()),
                        share(part.unitCost(), settings.safetyShare()),
                        share(part.unitCost(), settings.coverShare()),
                        share(part.unitCost(), settings.carryingCostShare().add(settings.writeOffRiskShare()))));
            }
        }
        return new RebalanceProblem(network, settings, drives, parts);
    }

    /**
     * A store's target: its safety stock or the cover horizon's demand, whichever is more, plus what customers
     * wait for.
     */
    public static int target(StockLevel level, int coverHorizonDays) {
        long cover = (long) Math.ceil(level.avgDailyDemand() * coverHorizonDays - 1e-9);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(level.safetyStock(), cover) + level.backorders());
    }

    /** Whether the stock has not moved for {@code deadStockDays}; unknown movement is not dead. */
    public static boolean isDead(StockLevel level, LocalDate today, int deadStockDays) {
        return level.daysIdle(today).map(days -> days >= deadStockDays).orElse(false);
    }

    public NetworkSnapshot network() {
        return network;
    }

    public RebalanceSettings settings() {
        return settings;
    }

    public DriveIndex drives() {
        return drives;
    }

    /** The parts to balance, in part order. */
    public List<PartBalance> parts() {
        return parts;
    }

    /**
     * Per need of {@code part} (in {@link PartBalance#needs()} order), the surpluses that may send to it, nearest
     * first: the candidate rule of {@link RebalanceSettings}.
     */
    public List<List<PartBalance.Surplus>> candidates(PartBalance part) {
        return Candidates.of(this, part);
    }

    /**
     * The freight of one trip from store {@code from} to store {@code to}, in fen, from the snapshot's travel
     * model at full precision, as a validator recomputes it.
     */
    public long tripFreight(int from, int to) {
        return settings.freight().trip(network.travel().leg(network.storeAt(from), network.storeAt(to))
                .distanceKm()).cents();
    }

    private static long share(Money unitCost, BigDecimal share) {
        return new BigDecimal(unitCost.cents()).multiply(share).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
