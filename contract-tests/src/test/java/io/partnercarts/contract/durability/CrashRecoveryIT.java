package io.partnercarts.contract.durability;

import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.bizTalk;
import static io.partnercarts.contract.CartBodies.cartOf;
import static io.partnercarts.contract.CartBodies.misbehaving;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.MisbehavingOffer;
import io.partnercarts.contract.Seed;
import io.partnercarts.contract.durability.SandboxClient.Answer;
import io.partnercarts.contract.processes.ServerJarProcess;
import io.partnercarts.server.testsupport.LocalPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The server jar on PostgreSQL, killed with {@code kill -9} (SIGKILL: no shutdown hook, no rollback but the
 * database's own) and started again on the same database (issue 11, "Crash safety"):
 * <ul>
 * <li>under load (creates, updates and checkouts on several threads, every acknowledged answer recorded), no
 * acknowledged write is lost, no checkout is half done, and the seed scenario still passes;</li>
 * <li>a checkout killed while its slow order group provisions keeps its cart leased: a checkout right after the
 * restart is refused (409 {@code 800064}), and once the lease has run out the next one completes the
 * checkout, each group ordered once.</li>
 * </ul>
 */
class CrashRecoveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of(System.getProperty("server.jar", "no-server.jar"));
    private static final Path WORK = Path.of(System.getProperty("durability.workDir", "target/durability-it"))
            .toAbsolutePath();

    /** Short, so that carts whose checkout died with the server are taken over within seconds. */
    private static final Duration LOAD_LEASE = Duration.ofSeconds(3);
    /** Long enough that the restart (a JVM start and the migrations check) certainly ends within it. */
    private static final Duration SLOW_LEASE = Duration.ofSeconds(8);

    private static final int THREADS = 4;
    /** The load runs until this many writes were acknowledged (and at least {@link #MIN_LOAD})... */
    private static final int ACKNOWLEDGED_WRITES = 300;

    private static final Duration MIN_LOAD = Duration.ofSeconds(2);
    /** ...or for this long at most. */
    private static final Duration MAX_LOAD = Duration.ofSeconds(30);

    @Test
    void killedUnderLoadItLosesNoAcknowledgedWriteAndLeavesNoHalfCheckout() throws Exception {
        LocalPostgres.Database database = LocalPostgres.shared().newDatabase();
        Load load = new Load();
        Instant killedAt;
        try (ServerJarProcess first = start(database, LOAD_LEASE, "load-1.out")) {
            load.run(new SandboxClient(first.baseUri()), first);
            killedAt = Instant.now();
        }
        System.out.println("CrashRecoveryIT: " + load.summary());
        assertThat(halfCheckouts(database))
                .as("carts the kill left half checked out, in the database")
                .isEmpty();
        assertThat(load.unexpected)
                .as("answers under load that were neither success nor a documented refusal")
                .isEmpty();
        assertThat(load.acknowledged.get())
                .as("writes acknowledged before the kill")
                .isGreaterThan(50);

        try (ServerJarProcess second = start(database, LOAD_LEASE, "load-2.out")) {
            SandboxClient client = new SandboxClient(second.baseUri());
            int checkedOut = 0;
            for (Tracked cart : load.carts()) {
                Answer read = client.get(cart.id);
                assertThat(read.status())
                        .as("GET of acknowledged cart %s: %s", cart.id, read)
                        .isEqualTo(200);
                if (cart.pending == null) {
                    assertThat(read.json())
                            .as("acknowledged cart %s, after the restart", cart.id)
                            .isEqualTo(cart.acked);
                } else if (cart.pending == Operation.UPDATE) {
                    assertThat(read.json().equals(cart.acked) || sameLines(read.json(), cart.pendingBody))
                            .as(
                                    "cart %s, whose update was cut short: as acknowledged (%s) or as updated (%s), not %s",
                                    cart.id, cart.acked, cart.pendingBody, read.body())
                            .isTrue();
                }
                if (cart.ackedCheckout != null) {
                    Answer repeated = client.checkout(cart.id);
                    assertThat(repeated.body())
                            .as("acknowledged checkout of %s, repeated after the restart", cart.id)
                            .isEqualTo(cart.ackedCheckout);
                    checkedOut++;
                }
                assertNoHalfCheckout(client, cart.id, read, killedAt);
            }
            assertThat(checkedOut).as("acknowledged checkouts").isGreaterThan(0);
            for (Map.Entry<String, String> create : load.pendingCreates().entrySet()) {
                Answer retried = client.create(create.getValue(), create.getKey());
                Answer again = client.create(create.getValue(), create.getKey());
                assertThat(retried.status())
                        .as("a create cut short, retried: %s", retried)
                        .isEqualTo(201);
                assertThat(again.path("id")).as("the same create once more").isEqualTo(retried.path("id"));
            }
            assertSeedScenarioPasses(second);
        }
    }

    @Test
    void aCheckoutKilledWhileProvisioningIsCompletedOnceItsLeaseHasRunOut() throws Exception {
        LocalPostgres.Database database = LocalPostgres.shared().newDatabase();
        // The slow line first: its group is provisioned first, for 2 s, while the checkout holds the lease.
        String body = cartOf(
                misbehaving(MisbehavingOffer.SLOW.builtIn(), MisbehavingOffer.SLOW),
                (ObjectNode) Seed.requestLine(0),
                (ObjectNode) Seed.requestLine(1),
                (ObjectNode) Seed.requestLine(3));
        String id;
        Instant leased;
        try (ServerJarProcess first = start(database, SLOW_LEASE, "lease-1.out")) {
            SandboxClient client = new SandboxClient(first.baseUri());
            Answer created = client.create(body, UUID.randomUUID().toString());
            assertThat(created.status()).as("create: %s", created).isEqualTo(201);
            id = created.path("id");
            leased = Instant.now();
            CompletableFuture<Answer> cutShort = CompletableFuture.supplyAsync(() -> {
                try {
                    return client.checkout(id);
                } catch (IOException | InterruptedException e) {
                    return null;
                }
            });
            awaitLease(database, id);
            Thread.sleep(200); // into the slow group's provisioning
            first.kill();
            assertThat(cutShort.get(10, TimeUnit.SECONDS))
                    .as("the checkout killed while provisioning")
                    .isNull();
        }
        try (ServerJarProcess second = start(database, SLOW_LEASE, "lease-2.out")) {
            SandboxClient client = new SandboxClient(second.baseUri());
            Answer meanwhile = client.checkout(id);
            Duration restart = Duration.between(leased, Instant.now());
            assertThat(restart)
                    .as("the restart took longer than the lease: nothing left to check")
                    .isLessThan(SLOW_LEASE);
            assertThat(meanwhile.status())
                    .as("a checkout while the lease holds: %s", meanwhile)
                    .isEqualTo(409);
            assertThat(meanwhile.json().path("code").asInt()).isEqualTo(800064);

            Answer completed = awaitCheckout(client, id, SLOW_LEASE.plusSeconds(20));
            Duration took = Duration.between(leased, Instant.now());
            assertThat(took).as("completed only after the lease ran out").isGreaterThanOrEqualTo(SLOW_LEASE);
            assertThat(completed.json().path("orderErrors")).as("order errors").isEmpty();
            JsonNode cart = client.get(id).json();
            assertThat(cart.path("status").asText()).isEqualTo("Ordered");
            assertEachGroupOrderedOnce(cart, completed.json());
            assertThat(client.checkout(id).body()).as("a checkout repeated").isEqualTo(completed.body());
        }
    }

    // ------------------------------------------------------------------ the load

    private enum Operation {
        CREATE,
        UPDATE,
        CHECKOUT
    }

    /** One cart of the load, written by one thread only, so that its last acknowledged state is known. */
    private static final class Tracked {
        final String id;
        JsonNode acked;
        String ackedCheckout;
        /** The write that was sent and never answered (the kill came first): it may or may not have happened. */
        Operation pending;

        String pendingBody;

        Tracked(String id, JsonNode acked) {
            this.id = id;
            this.acked = acked;
        }
    }

    private static final class Load {
        final AtomicInteger acknowledged = new AtomicInteger();
        final Map<Operation, AtomicInteger> acknowledgedByOperation = Map.of(
                Operation.CREATE, new AtomicInteger(),
                Operation.UPDATE, new AtomicInteger(),
                Operation.CHECKOUT, new AtomicInteger());
        final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        private final List<List<Tracked>> cartsByThread = new ArrayList<>();
        private final List<Map<String, String>> pendingCreatesByThread = new ArrayList<>();
        private final AtomicBoolean stop = new AtomicBoolean();

        /** Runs the load on {@link #THREADS} threads, kills the server mid-load, and returns once they stopped. */
        void run(SandboxClient client, ServerJarProcess server) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                List<Tracked> carts = new ArrayList<>();
                Map<String, String> pendingCreates = new HashMap<>();
                cartsByThread.add(carts);
                pendingCreatesByThread.add(pendingCreates);
                workers.add(pool.submit(() -> {
                    work(client, carts, pendingCreates);
                    return null;
                }));
            }
            long started = System.nanoTime();
            while (System.nanoTime() - started < MAX_LOAD.toNanos()
                    && (acknowledged.get() < ACKNOWLEDGED_WRITES || System.nanoTime() - started < MIN_LOAD.toNanos())) {
                Thread.sleep(20);
            }
            server.kill();
            stop.set(true);
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
        }

        List<Tracked> carts() {
            return cartsByThread.stream().flatMap(List::stream).toList();
        }

        Map<String, String> pendingCreates() {
            Map<String, String> all = new HashMap<>();
            pendingCreatesByThread.forEach(all::putAll);
            return all;
        }

        /** Until the server stops answering: create, update or check out one of this thread's carts. */
        private void work(SandboxClient client, List<Tracked> carts, Map<String, String> pendingCreates)
                throws InterruptedException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            List<Tracked> active = new ArrayList<>();
            Tracked current = null;
            Operation operation = null;
            String body = null;
            try {
                while (!stop.get()) {
                    int draw = random.nextInt(10);
                    if (active.isEmpty() || draw < 4) {
                        operation = Operation.CREATE;
                        current = null;
                        body = draw == 0 ? CartBodies.seed() : cartOf(barracuda(random.nextInt(1, 50)));
                        String requestId = UUID.randomUUID().toString();
                        pendingCreates.put(requestId, body);
                        Answer created = client.create(body, requestId);
                        pendingCreates.remove(requestId);
                        if (expect(created, 201, "create")) {
                            Tracked cart = new Tracked(created.path("id"), created.json());
                            carts.add(cart);
                            active.add(cart);
                            acknowledged(operation);
                        }
                    } else if (draw < 7) {
                        operation = Operation.UPDATE;
                        current = active.get(random.nextInt(active.size()));
                        body = random.nextBoolean()
                                ? cartOf(barracuda(random.nextInt(1, 50)))
                                : cartOf(barracuda(random.nextInt(1, 50)), bizTalk());
                        current.pending = operation;
                        current.pendingBody = body;
                        Answer updated = client.update(current.id, body);
                        current.pending = null;
                        if (expect(updated, 200, "update of " + current.id)) {
                            current.acked = updated.json();
                            acknowledged(operation);
                        }
                    } else {
                        operation = Operation.CHECKOUT;
                        current = active.remove(random.nextInt(active.size()));
                        current.pending = operation;
                        current.pendingBody = null;
                        Answer checkout = client.checkout(current.id);
                        current.pending = null;
                        if (expect(checkout, 201, "checkout of " + current.id)) {
                            current.ackedCheckout = checkout.body();
                            acknowledged(operation);
                            // What the checkout made of the cart, as read back: acknowledged too.
                            current.pending = Operation.CHECKOUT;
                            Answer read = client.get(current.id);
                            current.pending = null;
                            if (expect(read, 200, "read of " + current.id)) {
                                current.acked = read.json();
                            }
                        }
                    }
                }
            } catch (IOException killed) {
                // The server is gone: whatever was in flight stays pending, and this thread is done.
                if (!stop.get() && !killedSoon()) {
                    unexpected.add(operation + " failed before the kill: " + killed);
                }
            }
        }

        private void acknowledged(Operation operation) {
            acknowledged.incrementAndGet();
            acknowledgedByOperation.get(operation).incrementAndGet();
        }

        /** What the load did before the kill, for the test's output. */
        String summary() {
            long cutShort =
                    carts().stream().filter(cart -> cart.pending != null).count()
                            + pendingCreates().size();
            return "killed under load after " + acknowledged.get() + " acknowledged writes ("
                    + acknowledgedByOperation.get(Operation.CREATE) + " creates, "
                    + acknowledgedByOperation.get(Operation.UPDATE) + " updates, "
                    + acknowledgedByOperation.get(Operation.CHECKOUT) + " checkouts) on " + THREADS + " threads; "
                    + cutShort + " cut short by the kill";
        }

        /** Whether the kill is (about to be) under way: a connection failure then is expected. */
        private boolean killedSoon() throws InterruptedException {
            Thread.sleep(2_000);
            return stop.get();
        }

        private boolean expect(Answer answer, int status, String what) {
            if (answer.status() == status) {
                return true;
            }
            unexpected.add(what + ": " + answer);
            return false;
        }
    }

    // ------------------------------------------------------------------ checks

    /**
     * No half checkout, told through the API: an {@code Ordered} cart has its orders, all placed before the
     * kill; an {@code Active} cart has none, so that checking it out now places every order now (an order placed
     * before the kill, its cart left {@code Active}, would show up with an earlier creation date).
     */
    private static void assertNoHalfCheckout(SandboxClient client, String id, Answer read, Instant killedAt)
            throws Exception {
        String status = read.path("status");
        Answer checkout = awaitCheckout(client, id, LOAD_LEASE.plusSeconds(15));
        JsonNode orders = checkout.json().path("orders");
        assertThat(orders)
                .as("orders of %s (%s before this checkout)", id, status)
                .isNotEmpty();
        for (JsonNode order : orders) {
            Instant created =
                    OffsetDateTime.parse(order.path("creationDate").asText()).toInstant();
            if (status.equals("Ordered")) {
                assertThat(created)
                        .as("order of the Ordered cart %s: placed before the kill", id)
                        .isBefore(killedAt);
            } else {
                assertThat(status).as("status of %s", id).isEqualTo("Active");
                assertThat(created)
                        .as("order of the Active cart %s: none before the kill", id)
                        .isAfter(killedAt);
            }
        }
        assertEachGroupOrderedOnce(client.get(id).json(), checkout.json());
    }

    /** Waits until the checkout has leased the cart (migration V1's {@code carts.lease_until}), at most 20 s. */
    private static void awaitLease(LocalPostgres.Database database, String id) throws Exception {
        String sql = "SELECT lease_until > clock_timestamp() FROM carts WHERE id = CAST(? AS uuid)";
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Connection connection = database.connect();
                PreparedStatement leased = connection.prepareStatement(sql)) {
            leased.setString(1, id);
            while (System.nanoTime() < deadline) {
                try (ResultSet row = leased.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("The checkout of " + id + " did not lease its cart within 20 s");
    }

    /**
     * Carts whose rows disagree with their orders (server-stub's migration V1: {@code carts.status} and the
     * {@code orders} keyed by cart and group): ordered without orders, or with orders but not ordered.
     */
    private static List<String> halfCheckouts(LocalPostgres.Database database) throws SQLException {
        String sql = "SELECT id, status FROM carts c"
                + " WHERE (status = 'ORDERED') <> EXISTS (SELECT 1 FROM orders o WHERE o.cart_id = c.id)";
        List<String> half = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                half.add(rows.getString("id") + " " + rows.getString("status"));
            }
        }
        return half;
    }

    /**
     * One order per order group of the cart, and as many order lines as the cart has lines: a group ordered twice
     * would add an order and list its lines twice.
     */
    private static void assertEachGroupOrderedOnce(JsonNode cart, JsonNode result) {
        Set<String> groups = new HashSet<>();
        cart.path("lineItems")
                .forEach(line -> groups.add(line.path("orderGroup").asText()));
        int orderLines = 0;
        for (JsonNode order : result.path("orders")) {
            orderLines += order.path("lineItems").size();
        }
        assertThat(result.path("orders")).as("orders of %s", result).hasSize(groups.size());
        assertThat(orderLines)
                .as("order lines of %s", result)
                .isEqualTo(cart.path("lineItems").size());
    }

    /** Checks {@code id} out, again while it is refused as running (a lease held), for at most {@code within}. */
    private static Answer awaitCheckout(SandboxClient client, String id, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Answer answer = client.checkout(id);
            if (answer.status() == 201) {
                return answer;
            }
            assertThat(answer.status()).as("checkout of %s: %s", id, answer).isEqualTo(409);
            assertThat(answer.json().path("code").asInt()).as("409 of %s", id).isEqualTo(800064);
            assertThat(System.nanoTime())
                    .as("checkout of %s still refused after %s", id, within)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static boolean sameLines(JsonNode cart, String requestBody) {
        JsonNode request;
        try {
            request = JSON.readTree(requestBody);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> wanted = new ArrayList<>();
        request.path("lineItems")
                .forEach(line -> wanted.add(line.path("catalogItemId").asText() + " x"
                        + line.path("quantity").asInt()));
        List<String> found = new ArrayList<>();
        cart.path("lineItems")
                .forEach(line -> found.add(line.path("catalogItemId").asText() + " x"
                        + line.path("quantity").asInt()));
        return wanted.equals(found);
    }

    /** The conformance suite's seed scenario ({@code SeedScenarioTest}), run against the restarted jar. */
    private static void assertSeedScenarioPasses(ServerJarProcess server) {
        System.setProperty("contract.baseUrl", server.baseUri().toString());
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(DiscoverySelectors.selectClass(
                                        "io.partnercarts.contract.conformance.SeedScenarioTest"))
                                .build(),
                        listener);
        TestExecutionSummary summary = listener.getSummary();
        List<String> failures = summary.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
                .toList();
        assertThat(failures).as("SeedScenarioTest against the restarted server").isEmpty();
        assertThat(summary.getTestsSucceededCount())
                .as("SeedScenarioTest's tests passed")
                .isEqualTo(2);
    }

    private static ServerJarProcess start(LocalPostgres.Database database, Duration lease, String output)
            throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Map<String, String> environment = new HashMap<>();
        if (database.user() != null) {
            environment.put("PARTNER_CARTS_DATABASE_USER", database.user());
        }
        if (database.password() != null) {
            environment.put("PARTNER_CARTS_DATABASE_PASSWORD", database.password());
        }
        return ServerJarProcess.start(
                JAR,
                WORK.resolve(output),
                List.of("--database-url", database.url(), "--checkout-lease", lease.toString()),
                environment);
    }
}
