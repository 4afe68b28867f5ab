package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.CartsEndpoint;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code getCart}: 200 with the exact wire names, 404 for what is not there. */
class GetCartTest {
    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void aCartIsAnsweredWithTheWireNamesThatTheJavaSdkReads() {
        String id = api.createdCartId(cartOf(barracuda(1)));

        Response read = api.getCart(id);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(Json.of(read).fieldNames())
                .toIterable()
                .as("cart properties")
                .contains(
                        "id",
                        "creationTimestamp",
                        "lastModifiedTimestamp",
                        "expirationTimestamp",
                        "lastModifiedUser",
                        "status",
                        "lineItems")
                .doesNotContain("creationTimeStamp", "lastModifiedTimeStamp", "expirationTimeStamp");
        assertThat(read.<Object>path("lineItems[0].id"))
                .as("line item id is a JSON integer")
                .isEqualTo(0);
        assertThat(read.<String>path("lineItems[0].billingCycle"))
                .as("enums are lower snake_case")
                .isEqualTo("monthly");
    }

    @Test
    void anUnknownCartIsA404WithCode800008() {
        assertFault(api.getCart(UUID.randomUUID().toString()), 404, 800008);
    }

    @Test
    void aCartOfAnotherCustomerIsNotFound() {
        String id = api.createdCartId(cartOf(barracuda(1)));

        Response response = api.request().get(CartsEndpoint.CART, UUID.randomUUID(), id);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.<Integer>path("code")).isIn(60003, 800008);
    }
}
