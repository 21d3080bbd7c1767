package dev.tandem.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/**
 * The shared stock table (库存共享表): who holds how much of each part across the network, the totals, and the
 * stores holding unusually much ({@link PileRule}).
 */
public final class SharedStockTable {

    /**
     * One part across the network.
     *
     * @param part the part
     * @param holdings the stores that have a stock row for it, in store order
     * @param totalOnHand units on hand in the whole network
     * @param totalAvailable units on hand and not reserved
     * @param totalSpare units above reserved and safety stock, free to share
     * @param piles the holdings that are unusually large, largest first
     */
    public record PartStock(Part part, List<StockLevel> holdings, int totalOnHand, int totalAvailable,
            int totalSpare, List<StockLevel> piles) {

        public PartStock {
            Objects.requireNonNull(part, "part");
            holdings = ImmutableList.copyOf(holdings);
            piles = ImmutableList.copyOf(piles);
        }

        /** The stock at {@code store}, if it has a row for the part. */
        public Optional<StockLevel> at(StoreId store) {
            return holdings.stream().filter(level -> level.store().equals(store)).findFirst();
        }
    }

    /**
     * A store holding unusually much of a part.
     *
     * @param level the stock row
     * @param part the part
     * @param timesNetworkMean the holding over the network mean per store
     * @param value on hand × unit cost
     */
    public record Pile(StockLevel level, Part part, double timesNetworkMean, Money value) {

        public Pile {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(value, "value");
        }
    }

    private final NetworkSnapshot network;
    private final PileRule pileRule;

    public SharedStockTable(NetworkSnapshot network) {
        this(network, PileRule.DEFAULT);
    }

    public SharedStockTable(NetworkSnapshot network, PileRule pileRule) {
        this.network = Objects.requireNonNull(network, "network");
        this.pileRule = Objects.requireNonNull(pileRule, "pileRule");
    }

    /**
     * One part across the network.
     *
     * @throws java.util.NoSuchElementException if the part is not in the network
     */
    public PartStock part(PartNumber number) {
        Part part = network.part(number);
        List<StockLevel> holdings = network.stockOfPart(number);
        int onHand = 0;
        int available = 0;
        int spare = 0;
        for (StockLevel level : holdings) {
            onHand += level.onHand();
            available += level.available();
            spare += level.spareAboveSafety();
        }
        double mean = (double) onHand / network.storeCount();
        List<StockLevel> piles = holdings.stream().filter(level -> pileRule.isPile(level.onHand(), mean))
                .sorted(Comparator.comparingInt(StockLevel::onHand).reversed()).toList();
        return new PartStock(part, holdings, onHand, available, spare, piles);
    }

    /** Every unusually large holding in the network, the most valuable first. */
    public List<Pile> piles() {
        List<Pile> piles = new ArrayList<>();
        for (Part part : network.parts()) {
            PartStock stock = part(part.number());
            double mean = (double) stock.totalOnHand() / network.storeCount();
            for (StockLevel level : stock.piles()) {
                piles.add(new Pile(level, part, level.onHand() / mean, part.unitCost().times(level.onHand())));
            }
        }
        piles.sort(Comparator.comparing(Pile::value).reversed()
                .thenComparing(pile -> pile.level().store())
                .thenComparing(pile -> pile.part().number()));
        return piles;
    }

    /**
     * The table as the playbook draws it: a row per part, a column of on-hand units per store, and the total. A
     * pile is marked with {@code *}.
     */
    public TextTable table(List<PartNumber> parts, List<StoreId> stores) {
        List<Store> columns = stores.stream().map(network::store).toList();
        String[] headers = new String[columns.size() + 3];
        headers[0] = "Part";
        headers[1] = "Name";
        for (int i = 0; i < columns.size(); i++) {
            headers[i + 2] = ">" + columns.get(i).id();
        }
        headers[headers.length - 1] = ">Network";
        TextTable table = TextTable.withHeaders(headers);
        for (PartNumber number : parts) {
            PartStock stock = part(number);
            Object[] cells = new Object[headers.length];
            cells[0] = number;
            cells[1] = stock.part().name();
            for (int i = 0; i < columns.size(); i++) {
                StoreId store = columns.get(i).id();
                cells[i + 2] = stock.at(store)
                        .map(level -> level.onHand() + (stock.piles().contains(level) ? "*" : ""))
                        .orElse("-");
            }
            cells[cells.length - 1] = stock.totalOnHand();
            table.addRow(cells);
        }
        return table;
    }

    /** The piles as a table: store, part, on hand, times the network mean, value. */
    public TextTable pileTable(int limit) {
        TextTable table = TextTable.withHeaders("Store", "Part", "Name", ">On hand", ">x mean", ">Value (CNY)",
                "Last movement");
        piles().stream().limit(limit).forEach(pile -> table.addRow(pile.level().store(), pile.part().number(),
                pile.part().name(), pile.level().onHand(), String.format(Locale.ROOT, "%.1f",
                        pile.timesNetworkMean()), pile.value().toYuan().toPlainString(),
                pile.level().lastMovement().map(Object::toString).orElse("-")));
        return table;
    }
}
