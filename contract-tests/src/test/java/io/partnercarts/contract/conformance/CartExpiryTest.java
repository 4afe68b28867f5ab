package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.InProcessTarget;
import io.partnercarts.contract.OffsetClock;
import io.partnercarts.contract.SameAnswer;
import io.partnercarts.server.ServerSettings;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A cart expires 7 days after it was created: it can still be read, but not updated or checked out, for
 * 1 day more (the sandbox's retention of expired carts); after that it answers as a cart that never was.
 * Moving time needs the in-process server's clock, so against another implementation this is skipped; it
 * stays in this project's build, out of the conformance kit.
 */
class CartExpiryTest {
    /** The in-process server's, which runs on the defaults. */
    private static final Duration LIFETIME = ServerSettings.DEFAULTS.cartLifetime();

    private static final Duration RETENTION = ServerSettings.DEFAULTS.expiredCartRetention();

    private final CartsEndpoint api = CartsEndpoint.get();
    /** The shared in-process server's clock offset before the test; null against another implementation. */
    private Duration offsetBefore;

    @BeforeEach
    void rememberTheClock() {
        offsetBefore = clock().map(OffsetClock::offset).orElse(null);
    }

    /** The server is shared by the whole test JVM: later tests must not run 8 days in the future. */
    @AfterEach
    void putTheClockBack() {
        if (offsetBefore != null) {
            clock().orElseThrow().resetTo(offsetBefore);
        }
    }

    @Test
    void anExpiredCartCanBeReadButNotUpdatedOrCheckedOut() {
        OffsetClock clock = offsetClock();
        String id = api.createdCartId(cartOf(barracuda(1)));
        Response before = api.getCart(id);

        clock.advance(LIFETIME.plusMinutes(1));

        assertFault(api.updateCart(id, cartOf(barracuda(2))), 400, 800002);
        assertFault(api.checkout(id), 400, 800002);
        Response after = api.getCart(id);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(SameAnswer.cart(after)).as("the expired cart, unchanged").isEqualTo(SameAnswer.cart(before));
    }

    @Test
    void anExpiredCartPastItsRetentionAnswersAsACartThatNeverExisted() {
        OffsetClock clock = offsetClock();
        String id = api.createdCartId(cartOf(barracuda(1)));
        String requestId = UUID.randomUUID().toString();
        String createdWithRequestId = createWith(requestId).path("id");
        Response before = api.getCart(id);

        clock.advance(LIFETIME.plus(RETENTION).minusMinutes(1));
        Response within = api.getCart(id);
        assertThat(within.statusCode()).as("within the retention").isEqualTo(200);
        assertThat(SameAnswer.cart(within)).as("the expired cart, unchanged").isEqualTo(SameAnswer.cart(before));

        clock.advance(Duration.ofMinutes(2));
        String never = UUID.randomUUID().toString();
        String unknown = assertFault(api.getCart(never), 404, 800008);
        assertThat(assertFault(api.getCart(id), 404, 800008).replace(id, never)).isEqualTo(unknown);
        assertThat(assertFault(api.updateCart(id, cartOf(barracuda(2))), 404, 800008)
                        .replace(id, never))
                .isEqualTo(assertFault(api.updateCart(never, cartOf(barracuda(2))), 404, 800008));
        assertThat(assertFault(api.checkout(id), 404, 800008).replace(id, never))
                .isEqualTo(assertFault(api.checkout(never), 404, 800008));
        Response recreated = createWith(requestId);
        assertThat(recreated.statusCode()).isEqualTo(201);
        assertThat(recreated.<String>path("id"))
                .as("its MS-RequestId creates a new cart")
                .isNotEqualTo(createdWithRequestId);
    }

    private OffsetClock offsetClock() {
        OffsetClock clock = clock().orElse(null);
        assumeTrue(clock != null, "moving time needs the in-process server");
        return clock;
    }

    /** The in-process server's clock; empty against another implementation. */
    private static Optional<OffsetClock> clock() {
        return InProcessTarget.started().map(InProcessTarget.Sandbox::clock);
    }

    private Response createWith(String requestId) {
        return api.request()
                .header("MS-RequestId", requestId)
                .contentType(ContentType.JSON)
                .body(cartOf(barracuda(1)))
                .post(CartsEndpoint.CARTS, api.customer());
    }
}
