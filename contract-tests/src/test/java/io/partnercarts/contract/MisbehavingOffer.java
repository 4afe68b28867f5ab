package io.partnercarts.contract;

/**
 * The catalog items that make a checkout go wrong on purpose, with the property that names them for
 * another implementation, the built-in sandbox offer of this project's server, and the billing cycle and
 * term a line of it is bought with.
 */
public enum MisbehavingOffer {
    /** Its order group always fails: an {@code orderErrors} entry, the other groups are still ordered. */
    FAILING("contract.failingOffer", "SANDBOX0FAIL:0001:SANDBOX0FAIL", "monthly", "P1M"),
    /** Its order group fails the first checkout and is ordered when the checkout is repeated. */
    RETRY("contract.retryOffer", "SANDBOX0RTRY:0001:SANDBOX0RTRY", "annual", "P1Y"),
    /** Provisioning takes long enough for a second checkout to find the first still running. */
    SLOW("contract.slowOffer", "SANDBOX0SLOW:0001:SANDBOX0SLOW", "monthly", "P1M"),
    /** The checkout answers 500 and changes nothing. */
    FAULT("contract.faultOffer", "SANDBOX0ERR5:0001:SANDBOX0ERR5", "monthly", "P1M");

    private final String property;
    private final String builtIn;
    private final String billingCycle;
    private final String termDuration;

    MisbehavingOffer(String property, String builtIn, String billingCycle, String termDuration) {
        this.property = property;
        this.builtIn = builtIn;
        this.billingCycle = billingCycle;
        this.termDuration = termDuration;
    }

    /** The billing cycle a line of this offer is bought with (another implementation's offer must allow it). */
    public String billingCycle() {
        return billingCycle;
    }

    public String termDuration() {
        return termDuration;
    }

    public String property() {
        return property;
    }

    /** The built-in offer of this project's sandbox (its fixtures) that behaves so. */
    public String builtIn() {
        return builtIn;
    }
}
