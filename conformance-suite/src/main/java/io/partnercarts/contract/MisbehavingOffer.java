package io.partnercarts.contract;

/**
 * The catalog items that make a checkout go wrong on purpose, with the setting that names them for
 * another implementation ({@link ContractSetting}), the built-in sandbox offer of this project's server, and the billing cycle and
 * term a line of it is bought with.
 */
public enum MisbehavingOffer {
    /** Its order group always fails: an {@code orderErrors} entry, the other groups are still ordered. */
    FAILING(ContractSetting.FAILING_OFFER, "SANDBOX0FAIL:0001:SANDBOX0FAIL", "monthly", "P1M"),
    /** Its order group fails the first checkout and is ordered when the checkout is repeated. */
    RETRY(ContractSetting.RETRY_OFFER, "SANDBOX0RTRY:0001:SANDBOX0RTRY", "annual", "P1Y"),
    /** Provisioning takes long enough for a second checkout to find the first still running. */
    SLOW(ContractSetting.SLOW_OFFER, "SANDBOX0SLOW:0001:SANDBOX0SLOW", "monthly", "P1M"),
    /** The checkout answers 500 and changes nothing. */
    FAULT(ContractSetting.FAULT_OFFER, "SANDBOX0ERR5:0001:SANDBOX0ERR5", "monthly", "P1M");

    private final ContractSetting setting;
    private final String builtIn;
    private final String billingCycle;
    private final String termDuration;

    MisbehavingOffer(ContractSetting setting, String builtIn, String billingCycle, String termDuration) {
        this.setting = setting;
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

    /** The setting that names another implementation's offer of this behaviour. */
    public ContractSetting setting() {
        return setting;
    }

    /** The built-in offer of this project's sandbox (its fixtures) that behaves so. */
    public String builtIn() {
        return builtIn;
    }
}
