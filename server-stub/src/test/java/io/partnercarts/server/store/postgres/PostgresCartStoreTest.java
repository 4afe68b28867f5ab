package io.partnercarts.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.store.CartRetention;
import io.partnercarts.server.store.CartStore;
import io.partnercarts.server.store.CartStoreContract;
import io.partnercarts.server.store.CartStoreException;
import io.partnercarts.server.store.CheckoutHistory;
import io.partnercarts.server.store.HoldLostException;
import io.partnercarts.server.store.StoredCart;
import io.partnercarts.server.store.StoredValues;
import io.partnercarts.server.testsupport.FreePort;
import io.partnercarts.server.testsupport.LocalPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL, and what only a shared database has to keep: the promises hold between
 * store instances (each stands for a server instance) and across restarts, and are kept by the database
 * (unique keys, the lease, one transaction per save) rather than by any one process.
 */
class PostgresCartStoreTest extends CartStoreContract {
    private static final Duration SHORT_LEASE = Duration.ofMillis(700);

    /** This test's database, shared by the stores it opens. */
    private LocalPostgres.Database database;

    private final List<CartStore> instancesToClose = new ArrayList<>();

    @Override
    protected CartStore openStore(Clock clock, CartRetention retention) {
        return openStore(clock, retention, PostgresStores.LEASE);
    }

    private PostgresCartStore openStore(Clock clock, CartRetention retention, Duration lease) {
        if (database == null) {
            database = LocalPostgres.shared().newDatabase();
        }
        return PostgresStores.open(database, clock, retention, lease);
    }

    /** Another instance on this test's database, as another server would be. */
    private PostgresCartStore anotherInstance(Duration lease) {
        PostgresCartStore instance = openStore(clock, new CartRetention(1_000, RETENTION), lease);
        instancesToClose.add(instance);
        return instance;
    }

    @AfterEach
    void closeInstances() {
        instancesToClose.forEach(CartStore::close);
    }

    @Test
    void concurrentCreatesWithOneRequestIdOnTwoInstancesMakeOneCart() throws Exception {
        CartStore other = anotherInstance(PostgresStores.LEASE);
        AtomicInteger turn = new AtomicInteger();

        List<Cart> answers = allAtOnce(
                () -> (turn.getAndIncrement() % 2 == 0 ? store : other).createOnce(CUSTOMER, "raced", this::newCart));

        assertThat(answers).extracting(Cart::id).containsOnly(answers.get(0).id());
        assertThat(rows("SELECT count(*) FROM carts")).isEqualTo(1);
        assertThat(other.find(answers.get(0).id()))
                .isEqualTo(store.find(answers.get(0).id()));
    }

    @Test
    void concurrentHoldsOnTwoInstancesGiveOneHold() throws Exception {
        CartStore other = anotherInstance(PostgresStores.LEASE);
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);
        AtomicInteger turn = new AtomicInteger();

        List<Optional<CartHold>> holds =
                allAtOnce(() -> (turn.getAndIncrement() % 2 == 0 ? store : other).tryHold(cart.id()));

        assertThat(holds).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(other.isHeld(cart.id())).isTrue();
        holds.forEach(hold -> hold.ifPresent(CartHold::close));
        assertThat(store.isHeld(cart.id())).isFalse();
    }

    @Test
    void anAbandonedHoldBlocksItsCartUntilItsLeaseRunsOutAndIsThenFencedOff() throws Exception {
        PostgresCartStore crashed = anotherInstance(SHORT_LEASE);
        PostgresCartStore survivor = anotherInstance(SHORT_LEASE);
        Cart cart = crashed.createOnce(CUSTOMER, null, this::newCart);
        CartHold abandoned = crashed.tryHold(cart.id()).orElseThrow(); // never closed: its instance "died"

        assertThat(survivor.tryHold(cart.id())).as("within the lease").isEmpty();
        assertThat(survivor.isHeld(cart.id())).isTrue();

        CartHold taker = awaitHold(survivor, cart.id());
        assertThat(taker.current()).isEqualTo(new StoredCart(cart, CheckoutHistory.NONE));

        assertThatThrownBy(() -> abandoned.save(ordered(cart), StoredValues.history(CUSTOMER, clock.instant())))
                .isInstanceOf(HoldLostException.class);
        assertThat(survivor.find(cart.id()))
                .as("the fenced-off save wrote nothing")
                .contains(taker.current());
        assertThat(rows("SELECT count(*) FROM orders")).isZero();
        abandoned.close();
        assertThat(survivor.isHeld(cart.id()))
                .as("closing the lost hold leaves the taker's")
                .isTrue();

        CheckoutHistory history = StoredValues.history(CUSTOMER, clock.instant());
        taker.save(ordered(cart), history);
        taker.close();
        assertThat(crashed.find(cart.id())).contains(new StoredCart(ordered(cart), history));
    }

    @Test
    void aHoldThatOutlivedItsLeaseStillSavesWhenNobodyTookItOver() throws Exception {
        PostgresCartStore slow = anotherInstance(SHORT_LEASE);
        Cart cart = slow.createOnce(CUSTOMER, null, this::newCart);

        try (CartHold hold = slow.tryHold(cart.id()).orElseThrow()) {
            Thread.sleep(SHORT_LEASE.toMillis() + 300);
            assertThat(slow.isHeld(cart.id())).isFalse();
            hold.save(ordered(cart), CheckoutHistory.NONE);
        }

        assertThat(store.find(cart.id()).orElseThrow().cart()).isEqualTo(ordered(cart));
    }

    @Test
    void aSaveWritesTheCartAndItsOrdersTogetherOrNeither() throws Exception {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);
        CheckoutHistory history = StoredValues.history(CUSTOMER, clock.instant());

        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            // An order of group 0 that got there while the hold worked: the save must not place it a second time.
            try (Connection connection = database.connect();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO orders (cart_id, order_group,"
                            + " position, order_id, body) VALUES (?, '0', 9, 'elsewhere', CAST(? AS json))")) {
                insert.setObject(1, cart.id());
                insert.setString(2, StoredJson.write(history.ordersByGroup().get("0")));
                insert.executeUpdate();
            }

            assertThatThrownBy(() -> hold.save(ordered(cart), history))
                    .isInstanceOf(CartStoreException.class)
                    .hasMessageContaining("orders_pkey");
        }

        assertThat(store.find(cart.id()).orElseThrow().cart().status())
                .as("the cart's row was written first, and rolled back with the orders")
                .isEqualTo(CartStatus.ACTIVE);
        assertThat(rows("SELECT count(*) FROM orders")).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM carts WHERE status = 'ACTIVE'")).isEqualTo(1);

        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            hold.save(
                    ordered(cart),
                    new CheckoutHistory(hold.current().history().ordersByGroup(), history.errorsByGroup(), Map.of()));
        }
        assertThat(rows("SELECT count(*) FROM carts WHERE status = 'ORDERED'"))
                .as("a save that places no new order still writes the cart")
                .isEqualTo(1);
    }

    @Test
    void aGroupOrderedOnceIsNeverOrderedAgainNorTakenBack() throws Exception {
        Cart cart = store.createOnce(CUSTOMER, null, this::newCart);
        CheckoutHistory history = StoredValues.history(CUSTOMER, clock.instant());
        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            hold.save(ordered(cart), history);
        }
        CheckoutHistory reordered = StoredValues.history(CUSTOMER, clock.instant());

        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            assertThatThrownBy(() -> hold.save(ordered(cart), reordered)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> hold.save(cart, CheckoutHistory.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        assertThat(store.find(cart.id()).orElseThrow().history()).isEqualTo(history);
        assertThat(rows("SELECT count(*) FROM orders")).isEqualTo(2);
    }

    @Test
    void everyValueSurvivesARestartExactly() {
        Cart cart = store.createOnce(
                CUSTOMER,
                "before the restart",
                () -> StoredValues.cart(
                        UUID.randomUUID(),
                        CUSTOMER,
                        clock.instant(),
                        clock.instant().plus(LIFETIME),
                        CartStatus.ACTIVE));
        CheckoutHistory history = StoredValues.history(CUSTOMER, clock.instant());
        try (CartHold hold = store.tryHold(cart.id()).orElseThrow()) {
            hold.save(ordered(cart), history);
        }
        store.close();

        CartStore restarted = newStore(new CartRetention(1_000, RETENTION));

        assertThat(restarted.find(cart.id())).contains(new StoredCart(ordered(cart), history));
        assertThat(restarted.createOnce(CUSTOMER, "before the restart", this::newCart))
                .isEqualTo(ordered(cart));
    }

    @Test
    void theMaximumNumberOfCartsBoundsMemoryNotTheDatabase() {
        CartStore small = newStore(new CartRetention(1, RETENTION));
        Cart first = small.createOnce(CUSTOMER, null, this::newCart);
        Cart second = small.createOnce(CUSTOMER, null, this::newCart);

        assertThat(small.find(first.id())).isPresent();
        assertThat(small.find(second.id())).isPresent();
    }

    @Test
    void theSchemaIsMigratedOnAnEmptyDatabaseAndOnlyOnce() throws Exception {
        assertThat(tables()).contains("carts", "orders", "flyway_schema_history");
        assertThat(rows("SELECT count(*) FROM flyway_schema_history WHERE success"))
                .isEqualTo(1);

        newStore(new CartRetention(1_000, RETENTION)).close();

        assertThat(rows("SELECT count(*) FROM flyway_schema_history")).isEqualTo(1);
        assertThat(rows("SELECT max(version) FROM flyway_schema_history")).isEqualTo(1);
    }

    @Test
    void aSchemaNewerThanTheServerStopsItsStartInOneLine() throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (2, '2', 'from the future', 'SQL',"
                    + " 'V2__from_the_future.sql', 1, current_user, 1, true)");
        }

        assertThatThrownBy(() -> openStore(clock, new CartRetention(1_000, RETENTION)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has schema version 2, newer than this server knows (up to 1)")
                .hasMessageContaining(database.url())
                .hasMessageNotContaining("\n");
    }

    @Test
    void anUnreachableDatabaseStopsTheStartInOneLine() throws Exception {
        int closedPort = FreePort.onLoopback();
        PostgresSettings nowhere = new PostgresSettings(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/carts?password=s3cret",
                "carts",
                null,
                2,
                PostgresStores.LEASE);

        assertThatThrownBy(() -> PostgresCartStore.open(nowhere, clock, new CartRetention(1, RETENTION)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(
                        "Cannot connect to the database at jdbc:postgresql://127.0.0.1:" + closedPort + "/carts: ")
                .hasMessageContaining("refused")
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aWrongPasswordStopsTheStartInOneLineWithoutThePassword() {
        PostgresSettings wrong = new PostgresSettings(
                database.url(), database.user(), "not-" + database.password(), 2, PostgresStores.LEASE);

        assertThatThrownBy(() -> PostgresCartStore.open(wrong, clock, new CartRetention(1, RETENTION)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot connect to the database at " + database.url())
                .hasMessageContaining("password authentication failed")
                .hasMessageNotContaining("not-" + database.password())
                .hasMessageNotContaining("\n");
    }

    @Test
    void theUserAndPasswordMayComeInTheUrl() {
        String url = database.url() + "&user=" + database.user() + "&password=" + database.password();
        PostgresSettings inUrl = new PostgresSettings(url, null, null, 2, PostgresStores.LEASE);

        assertThat(inUrl.redactedUrl()).isEqualTo(database.url() + "&user=" + database.user());
        assertThat(inUrl.toString()).doesNotContain(database.password());
        try (PostgresCartStore fromUrl = PostgresCartStore.open(inUrl, clock, new CartRetention(1, RETENTION))) {
            Cart cart = fromUrl.createOnce(CUSTOMER, null, this::newCart);
            assertThat(store.find(cart.id())).isPresent();
        }
    }

    private CartHold awaitHold(CartStore instance, UUID cartId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<CartHold> hold = instance.tryHold(cartId);
            if (hold.isPresent()) {
                return hold.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The lease of cart " + cartId + " never ran out.");
    }

    private long rows(String countQuery) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(countQuery)) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
            while (row.next()) {
                tables.add(row.getString(1));
            }
        }
        return tables;
    }
}
