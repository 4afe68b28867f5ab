package io.partnercarts.contract;

import io.partnercarts.contract.processes.RoundRobinBalancer;
import io.partnercarts.server.CartsServer;
import io.partnercarts.server.ServerSettings;
import io.partnercarts.server.testsupport.LocalPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The implementation under test. With {@code -Dcontract.baseUrl=URL} (plus {@code contract.token} and
 * {@code contract.customerId}) the suite talks to that running server; otherwise it starts this
 * project's server in-process on a free port, once per test JVM, with a clock the tests can move, keeping
 * its carts where {@code -Dcontract.store} says ({@link ContractStore}): in memory (the default), on a
 * throwaway PostgreSQL, or as two instances on one PostgreSQL database behind nginx round-robin, sharing
 * that one clock. With {@code -Dcontract.rewritingProxy=true} the suite reaches that server through a
 * {@link RewritingProxy}: the same answers with a property more and told differently.
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
    private final ContractStore store;
    private final List<URI> instances;
    private final RoundRobinBalancer balancer;
    private final LocalPostgres.Database database;

    private ContractTarget(
            URI baseUri,
            String token,
            UUID customerId,
            OffsetClock clock,
            ContractStore store,
            List<URI> instances,
            RoundRobinBalancer balancer,
            LocalPostgres.Database database) {
        this.baseUri = baseUri;
        this.token = token;
        this.customerId = customerId;
        this.clock = clock;
        this.store = store;
        this.instances = List.copyOf(instances);
        this.balancer = balancer;
        this.database = database;
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
        ContractStore store = ContractStore.of(setting("contract.store", ContractStore.MEMORY.property()));
        if (!baseUrl.isEmpty()) {
            if (store != ContractStore.MEMORY) {
                throw new IllegalStateException("-Dcontract.store=" + store.property() + " starts this project's"
                        + " server, and -Dcontract.baseUrl names another one: give one of them");
            }
            URI root = URI.create(baseUrl.replaceAll("/+$", ""));
            return new ContractTarget(root, token, customerId, null, null, List.of(root), null, null);
        }
        OffsetClock clock = new OffsetClock();
        ServerSettings settings = ServerSettings.DEFAULTS
                .withPort(0)
                .withClock(clock)
                .withIdleTimeout(IN_PROCESS_IDLE_TIMEOUT)
                .withAccessLog(Boolean.parseBoolean(setting("contract.serverAccessLog", "true")));
        LocalPostgres.Database database = null;
        if (store != ContractStore.MEMORY) {
            database = LocalPostgres.shared().newDatabase();
            settings = database.applyTo(settings);
        }
        int count = store == ContractStore.POSTGRES_PAIR ? 2 : 1;
        List<CartsServer> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            servers.add(CartsServer.start(settings));
        }
        List<URI> instances = servers.stream().map(CartsServer::baseUri).toList();
        RoundRobinBalancer balancer = count > 1 ? balancerOf(instances) : null;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (balancer != null) {
                                balancer.close();
                            }
                            servers.forEach(CartsServer::close);
                        },
                        "contract-server-stop"));
        URI root = balancer == null
                ? instances.get(0)
                : balancer.uri().resolve(instances.get(0).getPath());
        if (Boolean.parseBoolean(setting("contract.rewritingProxy", "false"))) {
            RewritingProxy proxy = RewritingProxy.start(root);
            Runtime.getRuntime().addShutdownHook(new Thread(proxy::close, "rewriting-proxy-stop"));
            root = proxy.baseUri();
        }
        return new ContractTarget(root, token, customerId, clock, store, instances, balancer, database);
    }

    private static RoundRobinBalancer balancerOf(List<URI> instances) {
        try {
            String workDir = setting("contract.workDir", "");
            Path prefix = workDir.isEmpty()
                    ? Files.createTempDirectory("partner-carts-balancer")
                    : Files.createDirectories(Path.of(workDir).toAbsolutePath().resolve("balancer"));
            return RoundRobinBalancer.start(prefix, instances);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start nginx in front of " + instances, e);
        }
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

    /** True when the suite started the server (or servers) itself, so sandbox-only controls are available. */
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

    /** Where the in-process servers keep their carts; empty against another implementation. */
    public Optional<ContractStore> store() {
        return Optional.ofNullable(store);
    }

    /**
     * The API root of each instance, each reached directly (not through the load balancer): two for
     * {@link ContractStore#POSTGRES_PAIR}, otherwise one, {@link #baseUri()}.
     */
    public List<URI> instances() {
        return instances;
    }

    /** The load balancer {@link #baseUri()} goes through, for {@link ContractStore#POSTGRES_PAIR}. */
    public Optional<RoundRobinBalancer> balancer() {
        return Optional.ofNullable(balancer);
    }

    /** The database the in-process servers keep their carts in; empty in memory or for another implementation. */
    public Optional<LocalPostgres.Database> database() {
        return Optional.ofNullable(database);
    }

    /** The in-process servers' clock (one for all of them); empty against another implementation. */
    public Optional<OffsetClock> clock() {
        return Optional.ofNullable(clock);
    }
}
