package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.bizTalk;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.GuidLookalikes;
import io.partnercarts.contract.SameAnswer;
import io.partnercarts.contract.Seed;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code updateCart}: 200 with the new line items checked again; refusals leave the cart as it was. */
class UpdateCartTest {
    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void theCartAsReadAndChangedIsStoredAndCheckedAgain() {
        Response created = api.createCart(cartOf(barracuda(1)));
        String id = created.path("id");
        ObjectNode changed = (ObjectNode) Json.of(api.getCart(id));
        ((ObjectNode) changed.path("lineItems").get(0)).put("quantity", 3);
        changed.withArray("lineItems").add(bizTalk().put("id", 1));

        Response updated = api.updateCart(id, changed.toString());

        assertThat(updated.statusCode()).as("status of %s", updated.asString()).isEqualTo(200);
        assertThat(updated.<String>path("id")).isEqualTo(id);
        assertThat(updated.<String>path("status")).isEqualTo("Active");
        assertThat(updated.<List<Integer>>path("lineItems.quantity")).containsExactly(3, 1);
        assertThat(updated.<List<String>>path("lineItems.orderGroup"))
                .as("groups recomputed")
                .containsExactly("0", "1");
        assertThat(updated.<String>path("creationTimestamp")).isEqualTo(created.path("creationTimestamp"));
        SameAnswer.assertSame("the stored cart", SameAnswer.cart(api.getCart(id)), SameAnswer.cart(updated));
    }

    @Test
    void anOrderedCartCannotBeUpdatedAndStaysAsItWas() {
        String id = api.createdCartId(cartOf(barracuda(1)));
        assertThat(api.checkout(id).statusCode()).isEqualTo(201);
        Response before = api.getCart(id);

        assertFault(api.updateCart(id, cartOf(barracuda(5))), 400, 800002);

        assertCartAsItWas(id, before, "the cart after the refused update");
    }

    @Test
    void malformedJsonIsRefusedAndTheCartStaysAsItWas() {
        String id = api.createdCartId(cartOf(barracuda(1)));
        Response before = api.getCart(id);

        assertFault(api.updateCartOffContract(id, "{\"lineItems\":[{\"quantity\":"), 400, 800002);
        assertFault(
                api.updateCartOffContract(
                        id,
                        "{\"lineItems\":[{\"catalogItemId\":\"X\",\"quantity\":\"many\",\"billingCycle\":\"monthly\"}]}"),
                400,
                800002);

        assertCartAsItWas(id, before, "the cart after the refused updates");
    }

    /** Updates that break the contract, each as a change to the request of a good update. */
    static Stream<Arguments> refusedUpdates() {
        String line = "{\"catalogItemId\":\"" + Seed.BARRACUDA + "\",\"quantity\":5,\"billingCycle\":\"monthly\","
                + "\"termDuration\":\"P1M\"";
        return Stream.of(
                update("a null line item", "{\"lineItems\":[" + line + "},null]}"),
                update("a null participant", "{\"lineItems\":[" + line + ",\"participants\":[null]}]}"),
                update("a null add-on", "{\"lineItems\":[" + line + ",\"addonItems\":[null]}]}"),
                update(
                        "a null provisioning value",
                        "{\"lineItems\":[" + line + ",\"provisioningContext\":{\"a\":null}}]}"),
                update("1 for a boolean", "{\"lineItems\":[" + line + ",\"attestationAccepted\":1}]}"),
                update("true for a number", "{\"lineItems\":[" + line.replace(":5,", ":true,") + "}]}"),
                Arguments.of("bytes that are not UTF-8", (UnaryOperator<RequestSpecification>)
                        request -> request.contentType(ContentType.JSON)
                                .body(latin1("{\"lineItems\":[" + line + ",\"friendlyName\":\"caf\u00e9\"}]}"))),
                Arguments.of("UTF-16", (UnaryOperator<RequestSpecification>)
                        request -> request.contentType(ContentType.JSON)
                                .body(("{\"lineItems\":[" + line + "}]}").getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of("a charset other than UTF-8", (UnaryOperator<RequestSpecification>)
                        request -> request.contentType("application/json; charset=iso-8859-1")
                                .body(latin1("{\"lineItems\":[" + line + "}]}"))),
                Arguments.of("a Content-Type that is not a media type", (UnaryOperator<RequestSpecification>)
                        request -> request.contentType("application/json; foo")
                                .body(("{\"lineItems\":[" + line + "}]}").getBytes(StandardCharsets.UTF_8))));
    }

    private static Arguments update(String what, String body) {
        return Arguments.of(what, (UnaryOperator<RequestSpecification>)
                request -> request.contentType(ContentType.JSON).body(body));
    }

    private void assertCartAsItWas(String id, Response before, String description) {
        SameAnswer.assertSame(description, SameAnswer.cart(api.getCart(id)), SameAnswer.cart(before));
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUpdates")
    void aRefusedUpdateLeavesTheCartAsItWas(String what, UnaryOperator<RequestSpecification> update) {
        String id = api.createdCartId(cartOf(barracuda(1)));
        Response before = api.getCart(id);

        assertFault(update.apply(api.offContractRequest()).put(CartsEndpoint.CART, api.customer(), id), 400, 800002);

        assertCartAsItWas(id, before, "the cart after the refused update");
    }

    @Test
    void anUpdateOfTheCartByALookalikeOfItsIdIsRefusedAndTheCartStaysAsItWas() {
        String id = api.createdCartId(cartOf(barracuda(1)));
        Response before = api.getCart(id);

        assertFault(api.updateCartOffContract(GuidLookalikes.arabicIndicDigits(id), cartOf(barracuda(5))), 400, 800002);

        assertCartAsItWas(id, before, "the cart after the refused update");
    }

    @Test
    void anUnknownCartIsA404() {
        assertFault(api.updateCart(UUID.randomUUID().toString(), cartOf(barracuda(1))), 404, 800008);
    }
}
