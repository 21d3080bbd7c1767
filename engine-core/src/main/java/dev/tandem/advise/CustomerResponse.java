package dev.tandem.advise;

/**
 * How customers answer waits and offers: the chance of losing one, and of one taking a diversion. The
 * simulator's customer behaviour is one; a host may fit its own to its complaint and churn records.
 */
public interface CustomerResponse {

    /** The chance a customer facing a wait of {@code hours} in the store leaves. */
    double lossOnWait(double hours);

    /** The chance a customer given a date {@code days} ahead (a visit, the factory) does not come back. */
    double lossOnDeferral(double days);

    /** The chance a customer takes an offer {@code driveMinutes} away with a coupon of {@code couponYuan}. */
    double acceptance(double driveMinutes, double couponYuan);
}
