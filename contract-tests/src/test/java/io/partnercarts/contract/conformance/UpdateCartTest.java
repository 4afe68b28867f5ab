package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.bizTalk;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.CartsEndpoint;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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
        assertThat(updated.<List<String>>path("lineItems.orderGroup")).as("groups recomputed")
                .containsExactly("0", "1");
        assertThat(updated.<String>path("creationTimestamp")).isEqualTo(created.path("creationTimestamp"));
        assertThat(Json.of(api.getCart(id))).as("the stored cart").isEqualTo(Json.of(updated));
    }

    @Test
    void anOrderedCartCannotBeUpdatedAndStaysAsItWas() {
        String id = api.createdCartId(cartOf(barracuda(1)));
        assertThat(api.checkout(id).statusCode()).isEqualTo(201);
        Response before = api.getCart(id);

        assertFault(api.updateCart(id, cartOf(barracuda(5))), 400, 800002);

        assertThat(Json.of(api.getCart(id))).as("the cart after the refused update").isEqualTo(Json.of(before));
    }

    @Test
    void malformedJsonIsRefusedAndTheCartStaysAsItWas() {
        String id = api.createdCartId(cartOf(barracuda(1)));
        Response before = api.getCart(id);

        assertFault(api.offContractRequest().contentType(ContentType.JSON).body("{\"lineItems\":[{\"quantity\":")
                .put(CartsEndpoint.CART, api.customer(), id), 400, 800002);
        assertFault(api.offContractRequest().contentType(ContentType.JSON)
                .body("{\"lineItems\":[{\"catalogItemId\":\"X\",\"quantity\":\"many\",\"billingCycle\":\"monthly\"}]}")
                .put(CartsEndpoint.CART, api.customer(), id), 400, 800002);

        assertThat(Json.of(api.getCart(id))).as("the cart after the refused updates").isEqualTo(Json.of(before));
    }

    @Test
    void anUnknownCartIsA404() {
        assertFault(api.updateCart(UUID.randomUUID().toString(), cartOf(barracuda(1))), 404, 800008);
    }
}
