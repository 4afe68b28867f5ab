package io.partnercarts.contract;

import io.partnercarts.server.CartsServer;
import io.partnercarts.server.ServerSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The implementation under test. With {@code -Dcontract.baseUrl=URL} (plus {@code contract.token} and
 * {@code contract.customerId}) the suite talks to that running server; otherwise it starts this
 * project's server in-process on a free port, once per test JVM, with a clock the tests can move.
 */
public final class ContractTarget {
    static final String SEED_CUSTOMER = "28045616-f6b9-462f-9701-0d89b5e65c44";
    static final String SANDBOX_FAULT_CUSTOMER = "5a4db0c5-e500-4e50-8500-000000000500";

    /** Short, so that the hostile-input suite's slow senders are cut off within seconds. */
    private static final Duration IN_PROCESS_IDLE_TIMEOUT = Duration.ofSeconds(3);
    /** The server's own default (README, "Settings"), for another implementation. */
    private static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    private static ContractTarget current;

    private final URI baseUri;
    private final String token;
    private final UUID customerId;
    private final OffsetClock clock;

    private ContractTarget(URI baseUri, String token, UUID customerId, OffsetClock clock) {
        this.baseUri = baseUri;
        this.token = token;
        this.customerId = customerId;
        this.clock = clock;
    }

    public static synchronized ContractTarget get() {
        if (current == null) {
            current = create();
        }
        return current;
    }

    private static ContractTarget create() {
        String token = setting("contract.token", "sandbox-token");
        UUID customerId = UUID.fromString(setting("contract.customerId", SEED_CUSTOMER));
        String baseUrl = setting("contract.baseUrl", "");
        if (!baseUrl.isEmpty()) {
            return new ContractTarget(URI.create(baseUrl.replaceAll("/+$", "")), token, customerId, null);
        }
        OffsetClock clock = new OffsetClock();
        CartsServer server = CartsServer.start(ServerSettings.DEFAULTS
                .withPort(0)
                .withClock(clock)
                .withIdleTimeout(IN_PROCESS_IDLE_TIMEOUT)
                .withAccessLog(Boolean.parseBoolean(setting("contract.serverAccessLog", "true"))));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "contract-server-stop"));
        return new ContractTarget(server.baseUri(), token, customerId, clock);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
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

    /** True when the suite started the server itself, so sandbox-only controls are available. */
    public boolean inProcess() {
        return clock != null;
    }

    /**
     * A sandbox offer of the given behaviour: the built-in one in-process, otherwise the catalog item id
     * given as {@code -Dcontract.<behaviour>Offer}; empty when the other implementation has none.
     */
    public Optional<String> offer(MisbehavingOffer behaviour) {
        return sandboxSetting(behaviour.property(), behaviour.builtIn());
    }

    /**
     * A customer whose every request the implementation answers with a service error (500): the built-in
     * sandbox one in-process, otherwise {@code -Dcontract.faultCustomerId}; empty when none is named.
     */
    public Optional<UUID> faultCustomerId() {
        return sandboxSetting("contract.faultCustomerId", SANDBOX_FAULT_CUSTOMER)
                .map(UUID::fromString);
    }

    /** The property's value; else, in-process, the built-in sandbox's; else nothing. */
    private Optional<String> sandboxSetting(String property, String builtIn) {
        String configured = setting(property, "");
        if (!configured.isEmpty()) {
            return Optional.of(configured);
        }
        return inProcess() ? Optional.of(builtIn) : Optional.empty();
    }

    /**
     * How long the implementation lets a connection stay silent before it closes it: the in-process
     * server's, or {@code -Dcontract.idleTimeout} (ISO-8601, default 30 s) for another implementation.
     */
    public Duration idleTimeout() {
        return inProcess()
                ? IN_PROCESS_IDLE_TIMEOUT
                : Duration.parse(setting("contract.idleTimeout", DEFAULT_IDLE_TIMEOUT.toString()));
    }

    /** The in-process server's clock; empty against another implementation. */
    public Optional<OffsetClock> clock() {
        return Optional.ofNullable(clock);
    }
}
