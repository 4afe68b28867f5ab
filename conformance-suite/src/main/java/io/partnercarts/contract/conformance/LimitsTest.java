package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.CartsEndpoint;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract's limits on a cart (see info.description, "Limits"): a body beyond them is a 400 with code
 * 800002 that names the property and the limit, and one just within them is a cart.
 */
class LimitsTest {
    private static final CartsEndpoint API = CartsEndpoint.get();

    @Test
    void aCartOfMoreThan100LineItemsIsA400NamingTheLimit() {
        String description = assertFault(create(cartOf(lines(101))), 400, 800002);

        assertThat(description).isEqualTo("Property 'lineItems' must have at most 100 items.");
    }

    @Test
    void aCartOf100LineItemsIsCreated() {
        Response response = API.request()
                .contentType(ContentType.JSON)
                .body(cartOf(lines(100)))
                .post(CartsEndpoint.CARTS, API.customer());

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        assertThat(response.jsonPath().getList("lineItems")).hasSize(100);
    }

    @Test
    void aFriendlyNameOverItsLimitIsA400NamingTheProperty() {
        String description =
                assertFault(create(cartOf(barracuda(1).put("friendlyName", "x".repeat(257)))), 400, 800002);

        assertThat(description).isEqualTo("Property 'lineItems[0].friendlyName' must be at most 256 characters long.");
    }

    /** However many properties break their limits, the answer stays within ApiFault's own limits. */
    @Test
    void manyBrokenLimitsStayWithinTheFaultsLimits() {
        ObjectNode line = barracuda(1).put("friendlyName", "x".repeat(300)).put("promotionId", "p".repeat(65));
        Response response =
                create(cartOf(IntStream.range(0, 101).mapToObj(i -> line).toArray(ObjectNode[]::new)));

        String description = assertFault(response, 400, 800002);
        assertThat(description)
                .hasSizeLessThanOrEqualTo(1024)
                .startsWith("Property 'lineItems' must have at most 100 items.")
                .endsWith("more.");
        assertThat(response.jsonPath().getList("data")).hasSize(100);
    }

    private static ObjectNode[] lines(int count) {
        return IntStream.range(0, count).mapToObj(i -> barracuda(1)).toArray(ObjectNode[]::new);
    }

    /** Off the contract on purpose: only the answer is validated. */
    private static Response create(String body) {
        return API.offContractRequest()
                .contentType(ContentType.JSON)
                .body(body)
                .post(CartsEndpoint.CARTS, API.customer());
    }
}
