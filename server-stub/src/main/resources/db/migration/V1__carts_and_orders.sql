-- The carts of every server instance that shares this database (docs/postgresql.md, "What the database holds").
-- Values are kept as the server's own JSON (exact to the nanosecond and to the last digit of a price); the
-- other columns are keys, indexes and the lease, for the store to find, fence and purge carts by.

CREATE TABLE carts (
    id          uuid        PRIMARY KEY,
    -- The customer whose create request made the cart.
    customer_id uuid        NOT NULL,
    -- The MS-RequestId of the create that made the cart; null when it had none (nulls never collide).
    request_id  text,
    -- ACTIVE or ORDERED (the cart's status, upper case): for operators' queries; the store reads the JSON.
    status      text        NOT NULL,
    -- The cart's expiration rounded up to the microsecond; the cart is purged once it plus the retention is past.
    expires_at  timestamptz NOT NULL,
    -- The cart (io.partnercarts.server.core.Cart) as JSON.
    cart        json        NOT NULL,
    -- Checkout attempts besides the orders: the errors of the latest attempt and failed attempts, by order group.
    attempts    json        NOT NULL,
    -- The lease of the checkout or update working on the cart: null, or run out, when none is.
    lease_token uuid,
    lease_until timestamptz,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- A create repeated with the same MS-RequestId answers the first cart, whichever instance gets it.
    CONSTRAINT carts_one_per_create_request UNIQUE (customer_id, request_id)
);

CREATE INDEX carts_by_expiry ON carts (expires_at);

-- One order per order group of a cart, ever: the primary key is what makes a group ordered at most once.
CREATE TABLE orders (
    cart_id     uuid        NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    order_group text        NOT NULL,
    -- Where the order comes in the cart's orders (the order in which they were placed).
    position    integer     NOT NULL,
    order_id    text        NOT NULL UNIQUE,
    -- The order (io.partnercarts.server.core.Order) as JSON.
    body        json        NOT NULL,
    placed_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (cart_id, order_group)
);
