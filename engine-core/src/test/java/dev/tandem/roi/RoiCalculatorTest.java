package dev.tandem.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Money;

class RoiCalculatorTest {

    private static Money wan(long tenThousands) {
        return Money.ofYuan(tenThousands * 10_000);
    }

    /** 协同的ROI计算: the playbook's worked example, every figure computed from its inputs. */
    @Test
    void reproducesThePlaybooksWorkedExample() {
        RoiResult result = RoiCalculator.calculate(RoiInputs.playbookExample());

        assertThat(result.investment()).as("总投入(第一年):28 + 90 + 40 = 158万").isEqualTo(wan(158));
        assertThat(result.capitalCost()).as("资金成本节省(按8%计算):400万/年").isEqualTo(wan(400));
        assertThat(result.deadStockAvoided().plus(result.capitalCost())).as("库存优化小计:1900万/年")
                .isEqualTo(wan(1_900));
        assertThat(result.retention()).as("1500 × 8万 = 1.2亿(按3年摊销 = 4000万/年)").isEqualTo(wan(4_000));
        assertThat(result.capacity()).as("6店 × 500万 = 3000万(按5年摊销 = 600万/年)").isEqualTo(wan(600));
        assertThat(result.direct()).as("显性收益合计:6500万/年").isEqualTo(wan(6_500));
        assertThat(result.indirect()).as("隐性收益合计:4000 + 800 = 4800万/年").isEqualTo(wan(4_800));
        assertThat(result.totalBenefit()).as("总收益 1.13亿/年").isEqualTo(wan(11_300));
        assertThat(result.net()).as("净收益 1.13亿 - 158万 = 1.1142亿").isEqualTo(wan(11_142));
        // the playbook rounds 11,142 ÷ 158 = 70.52 to "ROI 7050%, over 7000%"
        assertThat(result.roiPercent()).isEqualByComparingTo("7051.9");
    }

    @Test
    void theStartupPhaseAloneCosts280Thousand() {
        RoiInputs.Investment startup = new RoiInputs.Investment(wan(20), wan(5), wan(3), Money.ZERO, Money.ZERO);

        assertThat(startup.firstYear()).as("启动阶段总投入:28万").isEqualTo(wan(28));
    }

    @Test
    void ratesAndSpreadsRoundToTheFen() {
        RoiInputs inputs = new RoiInputs(
                new RoiInputs.Investment(Money.ZERO, Money.ZERO, Money.ZERO, Money.ofYuan(1), Money.ZERO),
                new RoiInputs.Inventory(Money.ofCents(1_001), new BigDecimal("0.085"), Money.ZERO),
                new RoiInputs.Retention(1, Money.ofCents(100), 3),
                new RoiInputs.Capacity(0, Money.ZERO, 1),
                RoiInputs.Indirect.NONE);

        RoiResult result = RoiCalculator.calculate(inputs);

        assertThat(result.capitalCost()).isEqualTo(Money.ofCents(85));   // 85.085 fen
        assertThat(result.retention()).isEqualTo(Money.ofCents(33));     // 33.33 fen
        assertThat(result.net()).isEqualTo(Money.ofCents(85 + 33 - 100));
        assertThat(result.roiPercent()).isEqualByComparingTo("18.0");
    }

    @Test
    void inputsAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoiInputs.Inventory(Money.ZERO,
                new BigDecimal("8"), Money.ZERO)).withMessage("The cost of capital (8) must be from 0 to 1.");
        assertThatIllegalArgumentException().isThrownBy(() -> new RoiInputs.Retention(10, Money.ofYuan(80_000), 0))
                .withMessage("The years (0) must be 1 or more.");
    }
}
