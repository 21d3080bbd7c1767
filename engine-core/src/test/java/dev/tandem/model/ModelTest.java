package dev.tandem.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ModelTest {

    @Test
    void moneyIsExactInFen() {
        assertThat(Money.parse("1800.0")).isEqualTo(Money.ofYuan(1800));
        assertThat(Money.parse("0.1").plus(Money.parse("0.2"))).isEqualTo(Money.parse("0.3"));
        assertThat(Money.ofCents(4550).toYuan()).isEqualTo(new BigDecimal("45.50"));
        assertThat(Money.ofYuan(300).toString()).isEqualTo("300.00 CNY");
    }

    @Test
    void moneyRefusesFractionsOfAFenAndOverflow() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("12.345"))
                .withMessageContaining("(12.345) has more than two decimals");
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> Money.ofCents(Long.MAX_VALUE).plus(Money.ofCents(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> Money.parse("1e30"));
    }

    @Test
    void levelsAreOrdered() {
        assertThat(Level.T3.isAtLeast(Level.T2)).isTrue();
        assertThat(Level.T2.isAtLeast(Level.T2)).isTrue();
        assertThat(Level.T1.isAtLeast(Level.T2)).isFalse();
    }

    @Test
    void stockSparesOnlyWhatIsAboveReservedAndSafetyStock() {
        StockLevel level = new StockLevel(StoreId.of("DG"), PartNumber.of("HL-FL"), 5, 1, 1, 0.2,
                Optional.of(LocalDate.of(2026, 10, 1)));

        assertThat(level.available()).isEqualTo(4);
        assertThat(level.spareAboveSafety()).isEqualTo(3);
        assertThat(level.daysOfCover()).isEqualTo(20.0);
        assertThat(level.daysIdle(LocalDate.of(2026, 11, 27))).contains(57L);
        assertThat(level.withOnHand(1).isBelowSafety()).isTrue();
    }

    @Test
    void loadThresholdsFollowThePlaybook() {
        assertThat(LoadThresholds.DEFAULT.classify(new CapacityDay(StoreId.of("SZ"), LocalDate.now(), 30, 32)))
                .isEqualTo(LoadState.OVERLOADED);
        assertThat(LoadThresholds.DEFAULT.classify(0.80)).isEqualTo(LoadState.HEALTHY);
        assertThat(LoadThresholds.DEFAULT.classify(0.60)).isEqualTo(LoadState.IDLE);
        assertThat(LoadThresholds.DEFAULT.classify(1.00)).isEqualTo(LoadState.OVERLOADED);
        assertThatIllegalArgumentException().isThrownBy(() -> new LoadThresholds(0.7, 0.9))
                .withMessageContaining("idleBelow threshold (0.9)");
    }

    @Test
    void technicianSupportsOnlyInsideAWindow() {
        OffsetDateTime friday = OffsetDateTime.parse("2026-12-04T13:00:00+08:00");
        Technician wang = Technician.of("T011", "Wang Qiang", "DG", Level.T3, Set.of(Skill.ADAS, Skill.HV_SYSTEM),
                TechnicianStatus.ON_DUTY, List.of(TimeWindow.of(friday, friday.withHour(18))));

        assertThat(wang.isQualifiedFor(Skill.HV_SYSTEM, Level.T3)).isTrue();
        assertThat(wang.isQualifiedFor(Skill.BODY_PAINT, Level.T1)).isFalse();
        assertThat(wang.canSupportDuring(TimeWindow.of(friday.withHour(14), friday.withHour(17)))).isTrue();
        assertThat(wang.canSupportDuring(TimeWindow.of(friday.withHour(12), friday.withHour(17)))).isFalse();
        assertThat(wang.skills()).containsExactly(Skill.ADAS, Skill.HV_SYSTEM);
    }

    @Test
    void skillCodesAreUpperCase() {
        assertThatIllegalArgumentException().isThrownBy(() -> Skill.of("hv system"))
                .withMessageContaining("(hv system)");
    }
}
