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

/**
 * How this project's build gives the suite its implementation to test ({@link ContractTarget.Starter}, named in
 * {@code META-INF/services}): unless {@code -Dcontract.baseUrl} names another one, it starts this project's
 * server in-process on a free port, once per test JVM, with a clock the tests can move, keeping its carts where
 * {@code -Dcontract.store} says ({@link ContractStore}): in memory (the default), on a throwaway PostgreSQL, or as
 * two instances on one PostgreSQL database behind nginx round-robin, sharing that one clock. With
 * {@code -Dcontract.rewritingProxy=true} the suite reaches that server through a {@link RewritingProxy}: the same
 * answers with a property more and told differently.
 */
public final class InProcessTarget implements ContractTarget.Starter {
    /** Short, so that the hostile-input suite's slow senders are cut off within seconds. */
    private static final Duration IN_PROCESS_IDLE_TIMEOUT = Duration.ofSeconds(3);

    private static volatile Sandbox started;

    /** What was started: the servers' clock, where they keep their carts, the load balancer of a pair. */
    public record Sandbox(OffsetClock clock, ContractStore store, Optional<RoundRobinBalancer> balancer) {}

    /** The sandbox the suite started; empty against another implementation (or before the first test). */
    public static Optional<Sandbox> started() {
        ContractTarget.get();
        return Optional.ofNullable(started);
    }

    @Override
    public void checkNotNeeded(URI baseUrl) {
        ContractStore store = store();
        if (store != ContractStore.MEMORY) {
            throw new IllegalStateException("-Dcontract.store=" + store.property() + " starts this project's"
                    + " server, and -Dcontract.baseUrl names another one: give one of them");
        }
    }

    @Override
    public ContractTarget start() {
        ContractStore store = store();
        OffsetClock clock = new OffsetClock();
        ServerSettings settings = ServerSettings.DEFAULTS
                .withPort(0)
                .withClock(clock)
                .withIdleTimeout(IN_PROCESS_IDLE_TIMEOUT)
                .withAccessLog(Boolean.parseBoolean(setting("contract.serverAccessLog", "true")));
        if (store != ContractStore.MEMORY) {
            settings = LocalPostgres.shared().newDatabase().applyTo(settings);
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
        started = new Sandbox(clock, store, Optional.ofNullable(balancer));
        return ContractTarget.startedSandbox(root, instances, IN_PROCESS_IDLE_TIMEOUT);
    }

    private static ContractStore store() {
        return ContractStore.of(setting("contract.store", ContractStore.MEMORY.property()));
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
}
