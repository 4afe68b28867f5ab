package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFaultNaming;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.CartsEndpoint;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract's limits on a cart (see info.description, "Limits"): a body beyond them is a 400 with code
 * 800002 naming the property, and one just within them is a cart. How the answer words it is the
 * implementation's own (ApiFault's description is "for a person to read").
 */
class LimitsTest {
    private static final CartsEndpoint API = CartsEndpoint.get();

    @Test
    void aCartOfMoreThan100LineItemsIsA400NamingTheProperty() {
        assertFaultNaming(API.createCartOffContract(cartOf(lines(101))), 400, 800002, "lineItems");
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
        assertFaultNaming(
                API.createCartOffContract(cartOf(barracuda(1).put("friendlyName", "x".repeat(257)))),
                400,
                800002,
                "friendlyName");
    }

    @Test
    void aQuantityBeyond32BitsIsA400NamingTheProperty() {
        assertFaultNaming(
                API.createCartOffContract(cartOf(barracuda(1).put("quantity", 4294967297L))), 400, 800002, "quantity");
    }

    /** However many properties break their limits, the answer stays within ApiFault's own limits. */
    @Test
    void manyBrokenLimitsStayWithinTheFaultsLimits() {
        ObjectNode line = barracuda(1).put("friendlyName", "x".repeat(300)).put("promotionId", "p".repeat(65));
        Response response = API.createCartOffContract(
                cartOf(IntStream.range(0, 101).mapToObj(i -> line).toArray(ObjectNode[]::new)));

        assertFaultNaming(response, 400, 800002, "lineItems", "friendlyName", "promotionId");
        String description = response.jsonPath().getString("description");
        assertThat(description.codePointCount(0, description.length()))
                .as("characters of the description")
                .isLessThanOrEqualTo(1024);
        List<Object> data = response.jsonPath().getList("data");
        assertThat(data == null ? List.of() : data).as("entries of data").hasSizeLessThanOrEqualTo(100);
    }

    private static ObjectNode[] lines(int count) {
        return IntStream.range(0, count).mapToObj(i -> barracuda(1)).toArray(ObjectNode[]::new);
    }
}
