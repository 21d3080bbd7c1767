package dev.tandem.roi;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;

import dev.tandem.model.Money;

/**
 * What the ROI is computed from: the first year's investment and the yearly benefits, in the playbook's terms.
 *
 * @param investment the first year's costs
 * @param inventory benefits of shared stock
 * @param retention benefit of customers kept
 * @param capacity benefit of capacity gained
 * @param indirect benefits the playbook counts as indirect (隐性收益)
 */
public record RoiInputs(Investment investment, Inventory inventory, Retention retention, Capacity capacity,
        Indirect indirect) {

    public RoiInputs {
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(indirect, "indirect");
    }

    /**
     * The first year's costs (投入成本).
     *
     * @param people people's time to start (人力投入): project manager, stores' time
     * @param tools tools and SOP design and training (工具投入)
     * @param communication meetings and material (沟通成本)
     * @param system the platform and its training (系统投入), one-off
     * @param runningPerYear collaboration costs (freight, subsidies) and system upkeep, a year (运营成本)
     */
    public record Investment(Money people, Money tools, Money communication, Money system, Money runningPerYear) {

        public Investment {
            notNegative(people, "people");
            notNegative(tools, "tools");
            notNegative(communication, "communication");
            notNegative(system, "system");
            notNegative(runningPerYear, "runningPerYear");
        }

        /** Everything spent in the first year. */
        public Money firstYear() {
            return people.plus(tools).plus(communication).plus(system).plus(runningPerYear);
        }
    }

    /**
     * Benefits of network-wide stock (库存优化).
     *
     * @param capitalReleased stock value the network no longer needs to hold (释放现金流)
     * @param costOfCapital the yearly cost of that capital, such as 0.08
     * @param deadStockAvoidedPerYear the dead-stock loss avoided a year (呆滞减少)
     */
    public record Inventory(Money capitalReleased, BigDecimal costOfCapital, Money deadStockAvoidedPerYear) {

        public Inventory {
            notNegative(capitalReleased, "capitalReleased");
            notNegative(deadStockAvoidedPerYear, "deadStockAvoidedPerYear");
            Objects.requireNonNull(costOfCapital, "costOfCapital");
            checkArgument(costOfCapital.signum() >= 0 && costOfCapital.compareTo(BigDecimal.ONE) <= 0,
                    "The cost of capital (%s) must be from 0 to 1.", costOfCapital);
        }
    }

    /**
     * Customers kept (客户留存), their lifetime value spread over some years.
     *
     * @param customers customers retained
     * @param lifetimeValue one customer's lifetime value (CLV), 80,000 CNY in the playbook
     * @param years the years the value is spread over, 1 or more
     */
    public record Retention(long customers, Money lifetimeValue, int years) {

        public Retention {
            checkArgument(customers >= 0, "The customers (%s) must be 0 or more.", customers);
            notNegative(lifetimeValue, "lifetimeValue");
            checkArgument(years >= 1, "The years (%s) must be 1 or more.", years);
        }
    }

    /**
     * Capacity gained (产能提升), as stores not built.
     *
     * @param storesGained the capacity gained, in stores
     * @param costPerStore what a new store would cost
     * @param years the years that saving is spread over, 1 or more
     */
    public record Capacity(long storesGained, Money costPerStore, int years) {

        public Capacity {
            checkArgument(storesGained >= 0, "The stores gained (%s) must be 0 or more.", storesGained);
            notNegative(costPerStore, "costPerStore");
            checkArgument(years >= 1, "The years (%s) must be 1 or more.", years);
        }
    }

    /**
     * Indirect benefits (隐性收益): new customers by word of mouth, at their lifetime value, and labour saved.
     *
     * @param newCustomersPerYear customers won by reputation a year
     * @param lifetimeValue one customer's lifetime value
     * @param labourSavedPerYear staff cost saved a year
     */
    public record Indirect(long newCustomersPerYear, Money lifetimeValue, Money labourSavedPerYear) {

        public static final Indirect NONE = new Indirect(0, Money.ZERO, Money.ZERO);

        public Indirect {
            checkArgument(newCustomersPerYear >= 0, "The new customers (%s) must be 0 or more.",
                    newCustomersPerYear);
            notNegative(lifetimeValue, "lifetimeValue");
            notNegative(labourSavedPerYear, "labourSavedPerYear");
        }
    }

    /**
     * The playbook's worked example, South China, 15 stores: 280,000 CNY to start (people 200,000, tools 50,000,
     * communication 30,000), 900,000 for the system, 400,000 a year to run; 50 M CNY of stock released at 8 %,
     * 15 M of dead stock avoided a year; 1,500 customers kept at 80,000 over 3 years; 6 stores' capacity at 5 M
     * over 5 years; 500 new customers a year and 8 M of labour saved.
     */
    public static RoiInputs playbookExample() {
        Money lifetimeValue = Money.ofYuan(80_000);
        return new RoiInputs(
                new Investment(Money.ofYuan(200_000), Money.ofYuan(50_000), Money.ofYuan(30_000),
                        Money.ofYuan(900_000), Money.ofYuan(400_000)),
                new Inventory(Money.ofYuan(50_000_000), new BigDecimal("0.08"), Money.ofYuan(15_000_000)),
                new Retention(1_500, lifetimeValue, 3),
                new Capacity(6, Money.ofYuan(5_000_000), 5),
                new Indirect(500, lifetimeValue, Money.ofYuan(8_000_000)));
    }

    private static void notNegative(Money money, String name) {
        Objects.requireNonNull(money, name);
        checkArgument(!money.isNegative(), "The %s (%s) must not be negative.", name, money);
    }
}
