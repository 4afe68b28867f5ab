package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.MovableClock;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A cart expires 7 days after it was created: it can still be read, but not updated or checked out.
 * Moving time needs the in-process server's clock, so against another implementation this is skipped.
 */
class CartExpiryTest {
    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void anExpiredCartCanBeReadButNotUpdatedOrCheckedOut() {
        MovableClock clock = api.target().clock().orElse(null);
        assumeTrue(clock != null, "moving time needs the in-process server");
        String id = api.createdCartId(cartOf(barracuda(1)));
        Response before = api.getCart(id);

        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertFault(api.updateCart(id, cartOf(barracuda(2))), 400, 800002);
        assertFault(api.checkout(id), 400, 800002);
        Response after = api.getCart(id);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(Json.of(after)).as("the expired cart, unchanged").isEqualTo(Json.of(before));
    }
}
