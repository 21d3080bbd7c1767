package dev.tandem.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of CNY, held as whole fen (cents). Arithmetic fails on overflow instead of wrapping.
 *
 * @param cents the amount in fen; may be negative
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Whole yuan, such as {@code ofYuan(300)} for a 300 CNY subsidy. */
    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Parses a decimal amount in yuan, such as {@code 1800.0} or {@code "45.50"}.
     *
     * @throws IllegalArgumentException if the amount has more than two decimals or does not fit in a long
     */
    public static Money of(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        BigDecimal cents = yuan.movePointRight(2);
        checkArgument(cents.stripTrailingZeros().scale() <= 0, "The amount (%s) has more than two decimals.",
                yuan.toPlainString());
        try {
            return new Money(cents.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("The amount (" + yuan.toPlainString() + ") is too large.", e);
        }
    }

    public static Money parse(String yuan) {
        return of(new BigDecimal(yuan));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(cents, factor));
    }

    public boolean isNegative() {
        return cents < 0;
    }

    /** The amount in yuan with two decimals, exact. */
    public BigDecimal toYuan() {
        return BigDecimal.valueOf(cents, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    /** Such as {@code 1800.00 CNY}. */
    @Override
    public String toString() {
        return toYuan().toPlainString() + " CNY";
    }
}
