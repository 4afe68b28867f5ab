package io.partnercarts.contract;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;

/**
 * The implementation under test, once per test JVM. With {@code -Dcontract.baseUrl=URL} (plus {@code
 * contract.token} and {@code contract.customerId}; the conformance kit sets them from its options) the suite
 * talks to that running server. Otherwise a {@link Starter} found on the class path starts one: this project's
 * build starts its sandbox in-process that way ({@code contract-tests}); without a starter there is nothing to
 * test, and the suite says so.
 */
public final class ContractTarget {
    /** The customer of the contract's seed scenario, which this project's sandbox knows. */
    public static final String SEED_CUSTOMER = "28045616-f6b9-462f-9701-0d89b5e65c44";
    /** The customer whose every request this project's sandbox answers with 500. */
    public static final String SANDBOX_FAULT_CUSTOMER = "5a4db0c5-e500-4e50-8500-000000000500";

    /** The server's own default (README, "Settings"), for another implementation. */
    private static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private static ContractTarget current;

    private final URI baseUri;
    private final String token;
    private final UUID customerId;
    private final List<URI> instances;
    private final boolean sandbox;
    private final Duration idleTimeout;

    private ContractTarget(
            URI baseUri, String token, UUID customerId, List<URI> instances, boolean sandbox, Duration idleTimeout) {
        this.baseUri = baseUri;
        this.token = token;
        this.customerId = customerId;
        this.instances = List.copyOf(instances);
        this.sandbox = sandbox;
        this.idleTimeout = idleTimeout;
    }

    /**
     * Starts the implementation under test when no {@code contract.baseUrl} names a running one. Found with
     * {@link ServiceLoader} ({@code META-INF/services/io.partnercarts.contract.ContractTarget$Starter}).
     */
    public interface Starter {
        /** Starts it (once per test JVM) and answers where it is: {@link ContractTarget#startedSandbox}. */
        ContractTarget start();

        /** Called instead of {@link #start()} when {@code contract.baseUrl} is given: refuses settings that contradict it. */
        default void checkNotNeeded(URI baseUrl) {}
    }

    public static synchronized ContractTarget get() {
        if (current == null) {
            current = create();
        }
        return current;
    }

    private static ContractTarget create() {
        List<Starter> starters = ServiceLoader.load(Starter.class, ContractTarget.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        Optional<String> baseUrl = ContractSetting.BASE_URL.value();
        if (baseUrl.isPresent()) {
            URI root = URI.create(baseUrl.get().replaceAll("/+$", ""));
            starters.forEach(starter -> starter.checkNotNeeded(root));
            Duration idleTimeout =
                    ContractSetting.IDLE_TIMEOUT.value().map(Duration::parse).orElse(DEFAULT_IDLE_TIMEOUT);
            return new ContractTarget(
                    root, configuredToken(), configuredCustomerId(), List.of(root), false, idleTimeout);
        }
        if (starters.isEmpty()) {
            throw new IllegalStateException("No implementation to test: name one with "
                    + ContractSetting.BASE_URL.howToGive() + ", " + ContractSetting.TOKEN.howToGive() + " and "
                    + ContractSetting.CUSTOMER_ID.howToGive());
        }
        return starters.get(0).start();
    }

    /**
     * This project's sandbox, started for the suite (in-process, or as instances behind a load balancer): its
     * built-in offers and failing customer serve where no setting names others.
     */
    public static ContractTarget startedSandbox(URI baseUri, List<URI> instances, Duration idleTimeout) {
        return new ContractTarget(baseUri, configuredToken(), configuredCustomerId(), instances, true, idleTimeout);
    }

    private static String configuredToken() {
        return ContractSetting.TOKEN.value().orElse("sandbox-token");
    }

    private static UUID configuredCustomerId() {
        return UUID.fromString(ContractSetting.CUSTOMER_ID.value().orElse(SEED_CUSTOMER));
    }

    /** The API root, for example {@code http://127.0.0.1:8080/v1}. */
    public URI baseUri() {
        return baseUri;
    }

    public String token() {
        return token;
    }

    /** A customer the implementation knows. */
    public UUID customerId() {
        return customerId;
    }

    /** True when the suite started this project's sandbox itself, so its built-in offers and customers exist. */
    public boolean startedSandbox() {
        return sandbox;
    }

    /**
     * A sandbox offer of the given behaviour: the one its setting names ({@code -Dcontract.<behaviour>Offer}),
     * else the started sandbox's built-in one; empty when another implementation names none.
     */
    public Optional<String> offer(MisbehavingOffer behaviour) {
        return sandboxSetting(behaviour.setting(), behaviour.builtIn());
    }

    /**
     * A customer whose every request the implementation answers with a service error (500): {@code
     * -Dcontract.faultCustomerId}, else the started sandbox's built-in one; empty when none is named.
     */
    public Optional<UUID> faultCustomerId() {
        return sandboxSetting(ContractSetting.FAULT_CUSTOMER_ID, SANDBOX_FAULT_CUSTOMER)
                .map(UUID::fromString);
    }

    /** The setting's value; else, for the started sandbox, its built-in one; else nothing. */
    private Optional<String> sandboxSetting(ContractSetting setting, String builtIn) {
        Optional<String> configured = setting.value();
        if (configured.isPresent()) {
            return configured;
        }
        return sandbox ? Optional.of(builtIn) : Optional.empty();
    }

    /**
     * How long the implementation lets a connection stay silent before it closes it: the started sandbox's,
     * or {@code -Dcontract.idleTimeout} (ISO-8601, default 30 s) for another implementation.
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * The API root of each instance, each reached directly (not through a load balancer): several when the
     * started sandbox runs as instances behind one, otherwise one, {@link #baseUri()}.
     */
    public List<URI> instances() {
        return instances;
    }
}
