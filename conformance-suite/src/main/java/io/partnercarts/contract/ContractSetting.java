package io.partnercarts.contract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the suites are told about the implementation under test: the one list of their settings. In a Maven
 * build each is a system property ({@code -Dcontract.baseUrl=…}); the conformance kit offers each as an option
 * ({@code --base-url}) and an environment variable ({@code CONFORMANCE_BASE_URL}), both derived from the
 * property's name here, and hands the values over with {@link #givenByKit}.
 */
public enum ContractSetting {
    BASE_URL("contract.baseUrl", "URL", "the API root of the implementation, up to and including /v1"),
    TOKEN("contract.token", "TOKEN", "the bearer token sent on every request"),
    CUSTOMER_ID(
            "contract.customerId",
            "GUID",
            "a customer the implementation knows; the contract's seed catalog items must be known to it"),
    FAILING_OFFER(
            "contract.failingOffer",
            "CATALOG-ITEM-ID",
            "an offer whose order group always fails at checkout (bought monthly, P1M)"),
    RETRY_OFFER(
            "contract.retryOffer",
            "CATALOG-ITEM-ID",
            "an offer whose order group fails the first checkout and succeeds on the repeat (annual, P1Y)"),
    SLOW_OFFER(
            "contract.slowOffer",
            "CATALOG-ITEM-ID",
            "an offer whose provisioning takes seconds, so that a second checkout finds the first running"
                    + " (monthly, P1M)"),
    FAULT_OFFER(
            "contract.faultOffer",
            "CATALOG-ITEM-ID",
            "an offer whose checkout answers 500 and changes nothing (monthly, P1M)"),
    FAULT_CUSTOMER_ID(
            "contract.faultCustomerId", "GUID", "a customer whose every request the implementation answers with 500"),
    IDLE_TIMEOUT(
            "contract.idleTimeout",
            "DURATION",
            "how long the implementation lets a connection stay silent before closing it (ISO-8601; default PT30S)"),
    HOSTILE_REQUESTS(
            "hostile.requests", "COUNT", "how many requests the hostile-input suite sends in all (default 2000)"),
    HOSTILE_SEED("hostile.seed", "SEED", "the seed of the hostile-input suite's random choices (fixed by default)"),
    HOSTILE_SECONDS(
            "hostile.seconds",
            "SECONDS",
            "the hostile-input suite's time budget: cases past it are drawn but not sent (default 90)");

    /** The values the conformance kit gave; empty in a Maven build, where the system properties hold them. */
    private static final Map<ContractSetting, String> GIVEN_BY_KIT = new ConcurrentHashMap<>();

    private static volatile boolean kit;

    private final String property;
    private final String label;
    private final String description;

    ContractSetting(String property, String label, String description) {
        this.property = property;
        this.label = label;
        this.description = description;
    }

    /** The system property, e.g. {@code contract.faultCustomerId}. */
    public String property() {
        return property;
    }

    /** The kit's option, e.g. {@code --fault-customer-id}: the property's last part in kebab case. */
    public String option() {
        return "--" + words("-");
    }

    /** The kit's environment variable, e.g. {@code CONFORMANCE_FAULT_CUSTOMER_ID}. */
    public String environmentVariable() {
        return "CONFORMANCE_" + words("_").toUpperCase(Locale.ROOT);
    }

    /** What the option's value is, e.g. {@code GUID}. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /**
     * The conformance kit's values, given from its options instead of system properties (which its JUnit XML would
     * show, token included); from then on, hints name the kit's options rather than {@code -D} properties.
     */
    public static void givenByKit(Map<ContractSetting, String> values) {
        GIVEN_BY_KIT.clear();
        GIVEN_BY_KIT.putAll(values);
        kit = true;
    }

    /** The value given, trimmed: by the kit, else as the system property; empty when none or blank. */
    public Optional<String> value() {
        String value = kit ? GIVEN_BY_KIT.get(this) : System.getProperty(property);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** How to give this setting where the suite runs now: {@code -Dcontract.x} in Maven, the kit's option in the kit. */
    public String howToGive() {
        return kit ? option() + " (or " + environmentVariable() + ")" : "-D" + property;
    }

    private String words(String separator) {
        String name = property.substring(property.indexOf('.') + 1);
        if (property.startsWith("hostile.")) {
            name = "hostile" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1" + separator + "$2").toLowerCase(Locale.ROOT);
    }
}
