package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Money;

class ValueCreatedTest {

    @Test
    void isTheRetainedValueLessTheCostOfCollaborationAsThePlaybookCountsATransfer() {
        // 账本一: a customer kept is worth 80,000 CNY, the transfer's freight was 50: "you earned 79,950".
        ValueCreated transfer = new ValueCreated(1, Money.ofYuan(80_000), Money.ofYuan(50));

        assertThat(transfer.gross()).isEqualTo(Money.ofYuan(80_000));
        assertThat(transfer.net()).isEqualTo(Money.ofYuan(79_950));
    }

    @Test
    void countsFractionsOfCustomersAndGoesNegativeWhenCollaborationLosesMoreThanItKeeps() {
        ValueCreated simulated = new ValueCreated(2.5, Money.ofYuan(80_000), Money.ofYuan(1_000));
        ValueCreated lost = new ValueCreated(-1, Money.ofYuan(80_000), Money.ofYuan(300));

        assertThat(simulated.net()).isEqualTo(Money.ofYuan(199_000));
        assertThat(lost.net()).isEqualTo(Money.ofYuan(-80_300));
    }

    @Test
    void refusesAnUndefinedCount() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ValueCreated(Double.NaN, Money.ofYuan(80_000), Money.ZERO))
                .withMessageContaining("customersRetained (NaN)");
    }
}
