package io.partnercarts.contract.hostile;

import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.bizTalk;
import static io.partnercarts.contract.CartBodies.cartOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.SameAnswer;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;

/**
 * The carts made before the hostile run. Three that no hostile request aims at (one left as created, one
 * updated, one checked out) are read back after the run: it must have left them as they were (the same
 * answer, {@link SameAnswer}), and the server must still work. Two are what hostile requests aim at: {@link #active()} stays
 * Active (updates, reads), created from {@link ValidCart#full()} so that the base of every hostile body is
 * known to be accepted; {@link #ordered()} is checked out (checkouts), and every later checkout of it must
 * answer its {@link #checkoutResult()} again.
 */
final class CartsBeforeTheRun {
    private final Map<String, JsonNode> untouched;
    private final String active;
    private final String ordered;
    private final String checkoutResult;

    private CartsBeforeTheRun(Map<String, JsonNode> untouched, String active, String ordered, String checkoutResult) {
        this.untouched = untouched;
        this.active = active;
        this.ordered = ordered;
        this.checkoutResult = checkoutResult;
    }

    static CartsBeforeTheRun create(CartsEndpoint api) {
        String created = api.createdCartId(CartBodies.seed());
        String updated = api.createdCartId(cartOf(barracuda(1)));
        expect(api.updateCart(updated, cartOf(barracuda(3))), 200, "update");
        String checkedOut = api.createdCartId(cartOf(bizTalk(), barracuda(2)));
        expect(api.checkout(checkedOut), 201, "checkout");
        Map<String, JsonNode> untouched = new LinkedHashMap<>();
        for (String id : new String[] {created, updated, checkedOut}) {
            untouched.put(id, SameAnswer.cart(expect(api.getCart(id), 200, "get")));
        }

        String active = api.createdCartId(ValidCart.full().toString());
        String ordered = api.createdCartId(cartOf(barracuda(1)));
        String checkoutResult =
                expect(api.checkout(ordered), 201, "the checkout of the target").asString();
        return new CartsBeforeTheRun(untouched, active, ordered, checkoutResult);
    }

    /** The cart that hostile updates and reads aim at. */
    String active() {
        return active;
    }

    /** The checked-out cart that hostile checkouts aim at. */
    String ordered() {
        return ordered;
    }

    /** What the first checkout of {@link #ordered()} answered. */
    String checkoutResult() {
        return checkoutResult;
    }

    /** The untouched carts read again equal what they were, and the seed scenario still checks out into three orders. */
    void assertSurvived(CartsEndpoint api) {
        SoftAssertions softly = new SoftAssertions();
        untouched.forEach((id, before) -> {
            Response now = api.getCart(id);
            softly.assertThat(now.statusCode())
                    .as("GET of cart %s made before the run", id)
                    .isEqualTo(200);
            softly.check(() -> SameAnswer.assertSame(
                    "cart " + id + " made before the run, read after it", SameAnswer.cart(now), before));
        });
        String seedCart = api.createdCartId(CartBodies.seed());
        Response checkout = api.checkout(seedCart);
        softly.assertThat(checkout.statusCode())
                .as("seed checkout after the run: %s", checkout.asString())
                .isEqualTo(201);
        softly.assertThat(checkout.<List<?>>path("orders"))
                .as("orders of the seed checkout")
                .hasSize(3);
        softly.assertThat(checkout.<List<?>>path("orderErrors"))
                .as("order errors of the seed checkout")
                .isEmpty();
        softly.assertAll();
    }

    private static Response expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(
                    what + " before the run answered " + response.statusCode() + ": " + response.asString());
        }
        return response;
    }
}
