package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.Seed.AZURE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.SameAnswer;
import io.partnercarts.contract.Seed;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The acceptance scenario: the seed's cart is created and checked out into the three orders of the
 * contract's {@code SeedCheckoutResult} example, which is the seed document's response. What the service
 * generates (ids, dates, links, subscription ids) is checked for presence and form; everything else must
 * equal the example.
 */
class SeedScenarioTest {
    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void theSeedCartIsCreatedActiveWithCurrenciesAndOrderGroups() {
        Response created = api.createCart(CartBodies.seed());

        assertThat(created.statusCode()).as("status of %s", created.asString()).isEqualTo(201);
        assertThat(created.<String>path("status")).isEqualTo("Active");
        assertThat(created.<List<Integer>>path("lineItems.id")).isEqualTo(Seed.lineIds());
        assertThat(created.<List<String>>path("lineItems.catalogItemId"))
                .as("catalog items")
                .isEqualTo(Seed.catalogItemIds());
        assertThat(created.<List<String>>path("lineItems.orderGroup"))
                .as("order groups")
                .isEqualTo(Seed.orderGroups());
        assertThat(created.<List<String>>path("lineItems.currencyCode"))
                .containsOnly("USD")
                .hasSize(Seed.lineIds().size());
        assertThat(created.<List<Object>>path("lineItems.error"))
                .as("line item errors")
                .containsOnlyNulls();
        assertThat(created.<List<String>>path("lineItems.friendlyName"))
                .as("friendly names")
                .isEqualTo(Seed.friendlyNames());
    }

    @Test
    void theSeedCartChecksOutIntoTheSeedsThreeOrders() {
        String cartId = api.createdCartId(CartBodies.seed());

        Response checkout = api.checkout(cartId);

        assertThat(checkout.statusCode())
                .as("status of %s", checkout.asString())
                .isEqualTo(201);
        JsonNode result = Json.of(checkout);
        JsonNode expected = Seed.CHECKOUT;
        assertThat(result.path("orderErrors")).as("orderErrors").isEmpty();
        assertThat(result.path("orders")).as("orders").hasSize(3);
        assertThat(comparable(result.path("orders")))
                .as("the orders, but for what the service generates")
                .containsExactlyInAnyOrderElementsOf(comparable(expected.path("orders")));
        for (JsonNode order : result.path("orders")) {
            assertGeneratedValues(order);
        }
        assertThat(legacyLine(result).path("subscriptionId").asText())
                .as("the legacy order completes with a subscription id")
                .isNotBlank();
        assertThat(api.getCart(cartId).<String>path("status"))
                .as("cart status after checkout")
                .isEqualTo("Ordered");
    }

    private void assertGeneratedValues(JsonNode order) {
        String id = order.path("id").asText();
        assertThat(id).as("order id").isNotBlank();
        assertThat(order.path("referenceCustomerId").asText())
                .as("referenceCustomerId of %s", id)
                .isEqualToIgnoringCase(api.customer().toString());
        assertThat(OffsetDateTime.parse(order.path("creationDate").asText()))
                .as("creationDate of %s", id)
                .isNotNull();
        assertThat(order.path("links").path("self").path("uri").asText())
                .as("self link of %s", id)
                .endsWith("/orders/" + id);
    }

    private static JsonNode legacyLine(JsonNode result) {
        for (JsonNode order : result.path("orders")) {
            for (JsonNode line : order.path("lineItems")) {
                if (AZURE.equals(line.path("offerId").asText())) {
                    return line;
                }
            }
        }
        throw new AssertionError("no order line for " + AZURE + " in " + result);
    }

    /**
     * The orders without the values the service generates, as JSON values ({@link SameAnswer}); a line keeps
     * whether it has a subscription.
     */
    private static List<JsonNode> comparable(JsonNode orders) {
        List<JsonNode> comparable = new ArrayList<>();
        for (JsonNode order : orders) {
            ObjectNode copy = (ObjectNode) SameAnswer.of("Order", order);
            copy.remove(List.of("id", "alternateId", "creationDate", "links", "referenceCustomerId"));
            for (JsonNode line : copy.path("lineItems")) {
                ObjectNode lineCopy = (ObjectNode) line;
                lineCopy.put(
                        "subscriptionId", !line.path("subscriptionId").asText().isEmpty());
                lineCopy.remove("links");
            }
            comparable.add(copy);
        }
        return comparable;
    }
}
