package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.bizTalk;
import static io.partnercarts.contract.CartBodies.cartOf;
import static io.partnercarts.contract.CartBodies.line;
import static io.partnercarts.contract.CartBodies.misbehaving;
import static io.partnercarts.contract.Seed.BIZTALK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.MisbehavingOffer;
import io.partnercarts.contract.SameAnswer;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code checkoutCart}: orders per group, order errors beside orders, idempotent repeats, and the
 * refusals (400, 404, 409, 500). The misbehaving offers come from {@link MisbehavingOffer}; a test that needs one
 * the target does not name is skipped.
 */
class CheckoutTest {
    /** Tries of the 409 test before it fails for want of two overlapping checkouts. */
    private static final int OVERLAP_ATTEMPTS = 5;

    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void aRepeatedCheckoutAnswersTheSameResult() {
        String id = api.createdCartId(cartOf(barracuda(2), bizTalk()));

        Response first = api.checkout(id);
        Response repeat = api.checkout(id);

        assertThat(first.statusCode()).as("status of %s", first.asString()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(201);
        SameAnswer.assertSame(
                "the repeat's answer", SameAnswer.checkoutResult(repeat), SameAnswer.checkoutResult(first));
        assertThat(Json.of(first).path("orders")).hasSize(2);
    }

    @Test
    void lineItemsAreNumberedFromZeroInEachOrder() {
        String id = api.createdCartId(cartOf(barracuda(1), bizTalk(), line(BIZTALK, 2, "one_time", null)));

        JsonNode orders = Json.of(api.checkout(id)).path("orders");

        assertThat(orders).hasSize(2);
        for (JsonNode order : orders) {
            for (int i = 0; i < order.path("lineItems").size(); i++) {
                assertThat(order.path("lineItems").get(i).path("lineItemNumber").asInt())
                        .isEqualTo(i);
            }
        }
    }

    @Test
    void aFailingGroupBecomesAnOrderErrorWhileTheOtherGroupIsOrdered() {
        String failing = offer(MisbehavingOffer.FAILING);
        Response created = api.createCart(cartOf(bizTalk(), misbehaving(failing, MisbehavingOffer.FAILING)));
        String id = created.path("id");

        Response checkout = api.checkout(id);

        assertThat(checkout.statusCode())
                .as("status of %s", checkout.asString())
                .isEqualTo(201);
        JsonNode result = Json.of(checkout);
        assertThat(result.path("orders")).hasSize(1);
        assertThat(result.path("orders")
                        .get(0)
                        .path("lineItems")
                        .get(0)
                        .path("offerId")
                        .asText())
                .isEqualTo(BIZTALK);
        assertThat(result.path("orderErrors")).hasSize(1);
        JsonNode error = result.path("orderErrors").get(0);
        assertThat(error.path("orderGroupId").asText())
                .as("the failed group is the failing line's")
                .isEqualTo(created.<String>path("lineItems[1].orderGroup"))
                .isNotEqualTo(created.<String>path("lineItems[0].orderGroup"));
        assertThat(error.path("code").isInt())
                .as("code is a JSON integer in %s", error)
                .isTrue();
        assertThat(error.path("description").asText()).isNotBlank();
        assertThat(api.getCart(id).<String>path("status"))
                .as("ordered once one order exists")
                .isEqualTo("Ordered");
        assertThat(Json.of(api.checkout(id)).findValuesAsText("id"))
                .as("a repeat answers the same orders")
                .contains(result.path("orders").get(0).path("id").asText());
    }

    @Test
    void aRetryOrdersOnlyTheGroupThatFailedAndKeepsTheEarlierOrders() {
        String flaky = offer(MisbehavingOffer.RETRY);
        String id = api.createdCartId(cartOf(barracuda(1), misbehaving(flaky, MisbehavingOffer.RETRY)));

        JsonNode first = SameAnswer.checkoutResult(api.checkout(id));
        JsonNode retry = SameAnswer.checkoutResult(api.checkout(id));
        JsonNode again = SameAnswer.checkoutResult(api.checkout(id));

        assertThat(first.path("orders")).hasSize(1);
        assertThat(first.path("orderErrors")).hasSize(1);
        assertThat(retry.path("orderErrors")).as("order errors after the retry").isEmpty();
        assertThat(retry.path("orders")).hasSize(2);
        SameAnswer.assertSame(
                "the first order after the retry",
                retry.path("orders").get(0),
                first.path("orders").get(0));
        SameAnswer.assertSame("a third checkout", again, retry);
    }

    @Test
    void aCartWithLineItemsInErrorCannotBeCheckedOut() {
        String id = api.createdCartId(cartOf(barracuda(1), line("NOSUCHOFFER:0001:NOSUCHSKU", 1, "monthly", "P1M")));

        assertFault(api.checkout(id), 400, 800009);

        assertThat(api.getCart(id).<String>path("status")).isEqualTo("Active");
    }

    @Test
    void anUnknownCartIsA404() {
        assertFault(api.checkout(UUID.randomUUID().toString()), 404, 800008);
    }

    @Test
    void aServiceErrorIsA500AndChangesNothing() {
        String faulty = offer(MisbehavingOffer.FAULT);
        String id = api.createdCartId(cartOf(barracuda(1), misbehaving(faulty, MisbehavingOffer.FAULT)));
        Response before = api.getCart(id);

        assertFault(api.checkout(id), 500, 800003);

        SameAnswer.assertSame(
                "the cart after the failed checkout", SameAnswer.cart(api.getCart(id)), SameAnswer.cart(before));
    }

    @Test
    void aCheckoutWhileAnotherIsRunningIsA409() throws Exception {
        String slow = offer(MisbehavingOffer.SLOW);
        // No sleep to order the two calls: whichever checkout takes the cart first runs (the slow offer keeps
        // it busy for seconds) and the other must be refused meanwhile, so both orders are checked alike. The
        // one outcome that shows nothing is two calls that did not overlap at all: both 201 with the same
        // body, the second a repeat of a finished checkout. Only then try again, on a new cart, a bounded
        // number of times; a server that never refuses still fails.
        for (int attempt = 1; ; attempt++) {
            String id = api.createdCartId(cartOf(misbehaving(slow, MisbehavingOffer.SLOW)));

            CompletableFuture<Response> running = CompletableFuture.supplyAsync(() -> api.checkout(id));
            Response meanwhile = api.checkout(id);
            List<Response> both = List.of(running.get(60, TimeUnit.SECONDS), meanwhile);

            boolean didNotOverlap = both.stream().allMatch(r -> r.statusCode() == 201)
                    && SameAnswer.checkoutResult(both.get(0)).equals(SameAnswer.checkoutResult(both.get(1)));
            if (didNotOverlap && attempt < OVERLAP_ATTEMPTS) {
                continue;
            }
            assertThat(both)
                    .extracting(Response::statusCode)
                    .as("one checkout runs, the other is refused (attempt %d of %d)", attempt, OVERLAP_ATTEMPTS)
                    .containsExactlyInAnyOrder(201, 409);
            Response refused =
                    both.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            Response finished =
                    both.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow();
            assertFault(refused, 409, 800064);
            SameAnswer.assertSame(
                    "a checkout after it",
                    SameAnswer.checkoutResult(api.checkout(id)),
                    SameAnswer.checkoutResult(finished));
            return;
        }
    }

    private String offer(MisbehavingOffer behaviour) {
        var offer = api.target().offer(behaviour);
        assumeTrue(
                offer.isPresent(),
                "no " + behaviour + " offer for this target; name one with "
                        + behaviour.setting().howToGive());
        return offer.get();
    }
}
