package io.partnercarts.contract.hostile;

import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.bizTalk;
import static io.partnercarts.contract.CartBodies.cartOf;

import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.CartsEndpoint;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;

/**
 * Carts made before the hostile run, one left as created, one updated, one checked out, and read back
 * after it: the run must have left them byte for byte as they were, and the server must still work.
 */
final class CartsBeforeTheRun {
    private final Map<String, String> bodies;

    private CartsBeforeTheRun(Map<String, String> bodies) {
        this.bodies = bodies;
    }

    static CartsBeforeTheRun create(CartsEndpoint api) {
        String created = api.createdCartId(CartBodies.seed());
        String updated = api.createdCartId(cartOf(barracuda(1)));
        expect(api.updateCart(updated, cartOf(barracuda(3))), 200, "update");
        String ordered = api.createdCartId(cartOf(bizTalk(), barracuda(2)));
        expect(api.checkout(ordered), 201, "checkout");

        Map<String, String> bodies = new LinkedHashMap<>();
        for (String id : new String[] {created, updated, ordered}) {
            bodies.put(id, expect(api.getCart(id), 200, "get").asString());
        }
        return new CartsBeforeTheRun(bodies);
    }

    /** The carts read again equal what they were, and the seed scenario still checks out into three orders. */
    void assertSurvived(CartsEndpoint api) {
        SoftAssertions softly = new SoftAssertions();
        bodies.forEach((id, before) -> {
            Response now = api.getCart(id);
            softly.assertThat(now.statusCode()).as("GET of cart %s made before the run", id).isEqualTo(200);
            softly.assertThat(now.asString()).as("cart %s made before the run, read after it", id).isEqualTo(before);
        });
        String seedCart = api.createdCartId(CartBodies.seed());
        Response checkout = api.checkout(seedCart);
        softly.assertThat(checkout.statusCode()).as("seed checkout after the run: %s", checkout.asString())
                .isEqualTo(201);
        softly.assertThat(checkout.<List<?>>path("orders")).as("orders of the seed checkout").hasSize(3);
        softly.assertThat(checkout.<List<?>>path("orderErrors")).as("order errors of the seed checkout").isEmpty();
        softly.assertAll();
    }

    private static Response expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(what + " before the run answered " + response.statusCode() + ": "
                    + response.asString());
        }
        return response;
    }
}
