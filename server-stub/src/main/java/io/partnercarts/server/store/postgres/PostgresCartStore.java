package io.partnercarts.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.Order;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.store.CartRetention;
import io.partnercarts.server.store.CartStore;
import io.partnercarts.server.store.CartStoreException;
import io.partnercarts.server.store.CheckoutHistory;
import io.partnercarts.server.store.HoldLostException;
import io.partnercarts.server.store.StoredCart;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The carts of all customers in a PostgreSQL database, shared by every server instance given the same
 * database: all of the store's SQL is in this package. The database decides every race, not this
 * process: the unique key on (customer, request id) makes a create happen once; a lease (token and expiry
 * on the cart's row, taken by one conditional {@code UPDATE} that commits at once) lets one request at a
 * time hold a cart, with no transaction open while it works (a slow offer provisions for seconds); a save
 * is one transaction that writes the cart, its attempts and its new orders together, only while the hold's
 * token is still the cart's (a holder that outlived its lease and was taken over writes nothing); the
 * orders' primary key (cart, order group) places each group at most once.
 *
 * <p>Lease times are the database's ({@code clock_timestamp()}): instances' clocks differ. Expiry is the
 * server's clock, as in memory: a cart whose expiration plus the retention is past is never answered, and
 * creates purge such carts in small batches, once some can be due ({@code SKIP LOCKED}, so that instances purging together do
 * not wait for each other). The store keeps every cart until then: {@link CartRetention#maxCarts()} bounds
 * memory, not a database.
 */
public final class PostgresCartStore implements CartStore {
    private static final Logger LOG = Logger.getLogger(PostgresCartStore.class.getName());
    private static final int PURGE_BATCH = 100;
    /** A create request meets at most a purge and a racing create; more rounds than this mean a fault. */
    private static final int MAX_CREATE_ROUNDS = 10;

    /** The cart, its attempts, and its orders (group and body, in the order placed), as {@link #stored} reads them. */
    private static final String STORED_COLUMNS = "cart, attempts,"
            + " ARRAY(SELECT o.order_group FROM orders o WHERE o.cart_id = carts.id ORDER BY o.position) AS groups,"
            + " ARRAY(SELECT o.body::text FROM orders o WHERE o.cart_id = carts.id ORDER BY o.position) AS bodies";

    private final HikariDataSource pool;
    private final Clock clock;
    private final CartRetention retention;
    private final Duration lease;
    /**
     * No stored cart is due before this instant of the server's clock (the earliest expiration in the table plus
     * the retention, as of the last purge); null when not known yet. Creates skip the purge until then: every
     * cart made since expires later, as instances sharing a database share their cart lifetime.
     */
    private final AtomicReference<Instant> nothingDueBefore = new AtomicReference<>();

    private PostgresCartStore(HikariDataSource pool, Clock clock, CartRetention retention, Duration lease) {
        this.pool = pool;
        this.clock = clock;
        this.retention = retention;
        this.lease = lease;
    }

    /**
     * Connects to the database and migrates its schema; refuses in a one-line {@link IllegalStateException}
     * a database it cannot reach or whose schema is newer than this server.
     */
    public static PostgresCartStore open(PostgresSettings settings, Clock clock, CartRetention retention) {
        return new PostgresCartStore(Database.open(settings), clock, retention, settings.checkoutLease());
    }

    /** The connections this store uses, for tests that look into the database. */
    DataSource dataSource() {
        return pool;
    }

    @Override
    public Cart createOnce(UUID customerId, String requestId, Supplier<Cart> newCart) {
        String request = requestId == null || requestId.isBlank() ? null : requestId;
        Cart made = null;
        for (int round = 1; round <= MAX_CREATE_ROUNDS; round++) {
            if (request != null) {
                Optional<Cart> earlier = createdBy(customerId, request);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            if (made == null) {
                made = newCart.get();
            }
            if (insert(customerId, request, made)) {
                purgeWhatIsDue();
                return made;
            }
            // Another create with this request id won the race: the next round answers its cart.
        }
        throw new CartStoreException("Could not store a new cart: its create request kept colliding with others", null);
    }

    /** The live cart the create request made, after deleting one that is due (its request creates anew). */
    private Optional<Cart> createdBy(UUID customerId, String requestId) {
        String sql = "SELECT id, cart FROM carts WHERE customer_id = ? AND request_id = ?";
        return call("read the cart of a create request", connection -> {
            UUID dueCart;
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, customerId);
                select.setString(2, requestId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    Cart cart = StoredJson.cart(row.getString("cart"));
                    if (!isDue(cart)) {
                        return Optional.of(cart);
                    }
                    dueCart = cart.id();
                }
            }
            // Due carts stay due (an expiration never changes), so whoever deletes it deletes the right one.
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM carts WHERE id = ?")) {
                delete.setObject(1, dueCart);
                delete.executeUpdate();
            }
            return Optional.empty();
        });
    }

    /** Stores a new cart; false when a cart of the same create request is there already. */
    private boolean insert(UUID customerId, String requestId, Cart cart) {
        String sql = "INSERT INTO carts (id, customer_id, request_id, status, expires_at, cart, attempts)"
                + " VALUES (?, ?, ?, ?, ?, CAST(? AS json), CAST(? AS json))"
                + " ON CONFLICT (customer_id, request_id) DO NOTHING";
        return call("store a new cart", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setObject(1, cart.id());
                insert.setObject(2, customerId);
                insert.setString(3, requestId);
                insert.setString(4, cart.status().name());
                insert.setObject(5, roundedUp(cart.expirationTimestamp()));
                insert.setString(6, StoredJson.write(cart));
                insert.setString(7, StoredJson.write(StoredJson.Attempts.NONE));
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Purges due carts once some can be due: most creates find none and send no statement for it. */
    private void purgeWhatIsDue() {
        Instant known = nothingDueBefore.get();
        if (known != null && !clock.instant().isAfter(known)) {
            return;
        }
        purgeDue();
        nothingDueBefore.set(earliestDue());
    }

    /** When the earliest stored cart is due, by its expiration in the table; null for an empty table. */
    private Instant earliestDue() {
        return call("find the earliest expiration", connection -> {
            try (PreparedStatement earliest = connection.prepareStatement("SELECT min(expires_at) FROM carts");
                    ResultSet row = earliest.executeQuery()) {
                row.next();
                OffsetDateTime expiration = row.getObject(1, OffsetDateTime.class);
                return expiration == null ? null : expiration.toInstant().plus(retention.expiredCartRetention());
            }
        });
    }

    /** Deletes a batch of the carts that are due, skipping those another instance is deleting or saving. */
    private void purgeDue() {
        String sql = "DELETE FROM carts WHERE id IN (SELECT id FROM carts WHERE expires_at < ?"
                + " ORDER BY expires_at LIMIT " + PURGE_BATCH + " FOR UPDATE SKIP LOCKED)";
        run("purge expired carts", connection -> {
            try (PreparedStatement purge = connection.prepareStatement(sql)) {
                purge.setObject(1, dueBefore());
                purge.executeUpdate();
            }
        });
    }

    @Override
    public Optional<StoredCart> find(UUID cartId) {
        String sql = "SELECT " + STORED_COLUMNS + " FROM carts WHERE id = ? AND expires_at >= ?";
        return call("read a cart", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, cartId);
                select.setObject(2, dueBefore());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(stored(row)).filter(this::isLive) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<CartHold> tryHold(UUID cartId) {
        UUID token = UUID.randomUUID();
        // Commits at once: the lease, not a transaction, keeps others out while the holder works.
        String sql = "UPDATE carts SET lease_token = ?, lease_until = clock_timestamp() + ? * interval '1 millisecond'"
                + " WHERE id = ? AND expires_at >= ? AND (lease_until IS NULL OR lease_until <= clock_timestamp())"
                + " RETURNING " + STORED_COLUMNS;
        Optional<StoredCart> held = call("hold a cart", connection -> {
            try (PreparedStatement take = connection.prepareStatement(sql)) {
                take.setObject(1, token);
                take.setLong(2, lease.toMillis());
                take.setObject(3, cartId);
                take.setObject(4, dueBefore());
                try (ResultSet row = take.executeQuery()) {
                    return row.next() ? Optional.of(stored(row)) : Optional.empty();
                }
            }
        });
        if (held.isEmpty()) {
            return Optional.empty();
        }
        PostgresCartHold hold = new PostgresCartHold(cartId, token, held.get());
        if (!isLive(held.get())) {
            hold.close(); // due by the nanosecond: the microseconds of expires_at let it through
            return Optional.empty();
        }
        return Optional.of(hold);
    }

    @Override
    public boolean isHeld(UUID cartId) {
        String sql = "SELECT cart, lease_until > clock_timestamp() AS held FROM carts WHERE id = ? AND expires_at >= ?";
        return call("read a cart's lease", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, cartId);
                select.setObject(2, dueBefore());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getBoolean("held") && !isDue(StoredJson.cart(row.getString("cart")));
                }
            }
        });
    }

    @Override
    public int size() {
        return call("count carts", connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM carts");
                    ResultSet row = count.executeQuery()) {
                row.next();
                return Math.toIntExact(row.getLong(1));
            }
        });
    }

    @Override
    public void close() {
        pool.close();
    }

    private boolean isLive(StoredCart stored) {
        return !isDue(stored.cart());
    }

    private boolean isDue(Cart cart) {
        return retention.isPurgeDue(cart.expirationTimestamp(), clock.instant());
    }

    /**
     * The expiration before which a cart is due, in the database's microseconds: rounded down, so that the
     * database never drops a live cart (the exact check on the stored cart decides the rest).
     */
    private OffsetDateTime dueBefore() {
        return clock.instant()
                .minus(retention.expiredCartRetention())
                .truncatedTo(ChronoUnit.MICROS)
                .atOffset(ZoneOffset.UTC);
    }

    /** An expiration in the database's microseconds, rounded up (see {@link #dueBefore}). */
    private static OffsetDateTime roundedUp(Instant instant) {
        Instant down = instant.truncatedTo(ChronoUnit.MICROS);
        return (down.equals(instant) ? down : down.plus(1, ChronoUnit.MICROS)).atOffset(ZoneOffset.UTC);
    }

    private static StoredCart stored(ResultSet row) throws SQLException {
        Cart cart = StoredJson.cart(row.getString("cart"));
        StoredJson.Attempts attempts = StoredJson.attempts(row.getString("attempts"));
        String[] groups = strings(row.getArray("groups"));
        String[] bodies = strings(row.getArray("bodies"));
        Map<String, Order> orders = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            orders.put(groups[i], StoredJson.order(bodies[i]));
        }
        return new StoredCart(
                cart, new CheckoutHistory(orders, attempts.errorsByGroup(), attempts.failedAttemptsByGroup()));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private <T> T call(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new CartStoreException("Could not " + what + ": " + Database.rootMessage(e), e);
        }
    }

    private void run(String what, VoidWork work) {
        call(what, connection -> {
            work.on(connection);
            return null;
        });
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private interface VoidWork {
        void on(Connection connection) throws SQLException;
    }

    /**
     * A hold is a lease on the cart's row, known by its token. It saves only while its token is the row's:
     * a holder that outlived its lease may still save if nobody took the cart over meanwhile, and once
     * somebody did it writes nothing (it is fenced off by the token).
     */
    private final class PostgresCartHold implements CartHold {
        private final UUID cartId;
        private final UUID token;
        private StoredCart current;
        private boolean open = true;

        PostgresCartHold(UUID cartId, UUID token, StoredCart current) {
            this.cartId = cartId;
            this.token = token;
            this.current = current;
        }

        @Override
        public StoredCart current() {
            return current;
        }

        /**
         * One transaction: the cart's row (under the hold's token, which also locks it against a take-over
         * until the commit), then the orders placed since the hold was taken. A group ordered before is
         * never ordered again: the orders' primary key refuses it, and the whole save with it.
         */
        @Override
        public void save(Cart cart, CheckoutHistory history) {
            if (!open) {
                throw new IllegalStateException("The hold on cart " + cart.id() + " was already released.");
            }
            if (!cart.id().equals(cartId)) {
                throw new IllegalArgumentException("A hold on cart " + cartId + " cannot save cart " + cart.id() + ".");
            }
            Map<String, Order> placed = current.history().ordersByGroup();
            if (!history.ordersByGroup().entrySet().containsAll(placed.entrySet())) {
                throw new IllegalArgumentException("An order once placed is never taken back or changed (cart " + cartId
                        + ", groups " + placed.keySet() + ").");
            }
            String updateCart = "UPDATE carts SET cart = CAST(? AS json), attempts = CAST(? AS json), status = ?,"
                    + " expires_at = ?, updated_at = clock_timestamp() WHERE id = ? AND lease_token = ?";
            String insertOrder = "INSERT INTO orders (cart_id, order_group, position, order_id, body)"
                    + " VALUES (?, ?, ?, ?, CAST(? AS json))";
            boolean saved = call("save a cart", connection -> {
                connection.setAutoCommit(false);
                try {
                    try (PreparedStatement update = connection.prepareStatement(updateCart)) {
                        update.setString(1, StoredJson.write(cart));
                        update.setString(
                                2,
                                StoredJson.write(new StoredJson.Attempts(
                                        history.errorsByGroup(), history.failedAttemptsByGroup())));
                        update.setString(3, cart.status().name());
                        update.setObject(4, roundedUp(cart.expirationTimestamp()));
                        update.setObject(5, cartId);
                        update.setObject(6, token);
                        if (update.executeUpdate() != 1) {
                            connection.rollback();
                            return false;
                        }
                    }
                    try (PreparedStatement insert = connection.prepareStatement(insertOrder)) {
                        int position = 0;
                        for (Map.Entry<String, Order> order :
                                history.ordersByGroup().entrySet()) {
                            if (!placed.containsKey(order.getKey())) {
                                insert.setObject(1, cartId);
                                insert.setString(2, order.getKey());
                                insert.setInt(3, position);
                                insert.setString(4, order.getValue().id());
                                insert.setString(5, StoredJson.write(order.getValue()));
                                insert.addBatch();
                            }
                            position++;
                        }
                        insert.executeBatch();
                    }
                    connection.commit();
                    return true;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            });
            if (!saved) {
                throw new HoldLostException(cartId);
            }
            current = new StoredCart(cart, history);
        }

        /** Ends the lease, unless it was taken over; a failure only leaves the lease to run out. */
        @Override
        public void close() {
            if (!open) {
                return;
            }
            open = false;
            String sql = "UPDATE carts SET lease_token = NULL, lease_until = NULL WHERE id = ? AND lease_token = ?";
            try {
                run("release a cart", connection -> {
                    try (PreparedStatement release = connection.prepareStatement(sql)) {
                        release.setObject(1, cartId);
                        release.setObject(2, token);
                        release.executeUpdate();
                    }
                });
            } catch (CartStoreException e) {
                LOG.log(
                        Level.WARNING,
                        e,
                        () -> "Cart " + cartId + " stays held until its lease runs out (" + lease + ")");
            }
        }
    }
}
