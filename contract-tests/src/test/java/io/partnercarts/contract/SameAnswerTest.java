package io.partnercarts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the suite takes for the same answer ({@link SameAnswer}) and which properties it notes or refuses
 * ({@link AnswerShape}), on the contract's own {@code SeedCart} example.
 */
class SameAnswerTest {
    private static final JsonNode SEED_CART = PackagedContract.example("SeedCart");

    @Test
    void numbersKeyOrderEscapesAndWhitespaceAreTheSameAnswer() {
        String told = """
                {"lineItems" : [ {"pricing": {"price": 7.541E3, "listPrice": 7541}, "id": 0,
                  "catalogItemId": "MS-\\u0041ZR-0145P"} ],
                 "links": {"self": {"uri": "\\/customers\\/x", "method": "GET"}},  "status": "\\u0041ctive"}
                """;
        String canonical = "{\"status\":\"Active\",\"links\":{\"self\":{\"method\":\"GET\",\"uri\":\"/customers/x\"}},"
                + "\"lineItems\":[{\"id\":0,\"catalogItemId\":\"MS-AZR-0145P\","
                + "\"pricing\":{\"listPrice\":7541.0,\"price\":7541.00}}]}";

        assertThat(cart(told)).isEqualTo(cart(canonical));
        assertThat(RewritingProxy.read(told))
                .as("as Jackson trees they differ")
                .isNotEqualTo(RewritingProxy.read(canonical));
    }

    @Test
    void theProxysWritingOfTheContractsExampleIsTheSameAnswer() {
        String written = RewritingProxy.written(PackagedContract.schema("Cart"), SEED_CART);

        assertThat(written)
                .contains("1899.0", "\\/customers\\/", "\\u0041ctive")
                .doesNotContain("Active");
        assertThat(SameAnswer.of("Cart", RewritingProxy.read(written))).isEqualTo(SameAnswer.of("Cart", SEED_CART));
    }

    @Test
    void propertiesTheContractDoesNotNameAreLeftOutAndListed() {
        ObjectNode extended = SEED_CART.deepCopy();
        extended.put("salesChannel", "direct");
        extended.with("attributes").put("createdBy", "someone");
        ((ObjectNode) extended.path("lineItems").get(1)).putObject("discounts").put("kind", "loyalty");
        ((ObjectNode) extended.path("lineItems").get(1).path("pricing")).put("taxes", 0);

        assertThat(SameAnswer.of("Cart", extended)).isEqualTo(SameAnswer.of("Cart", SEED_CART));
        assertThat(AnswerShape.unnamed(PackagedContract.schema("Cart"), extended))
                .containsExactlyInAnyOrder(
                        new AnswerShape.Unnamed("/salesChannel", null),
                        new AnswerShape.Unnamed("/attributes/createdBy", null),
                        new AnswerShape.Unnamed("/lineItems/1/discounts", null),
                        new AnswerShape.Unnamed("/lineItems/1/pricing/taxes", null));
    }

    @Test
    void everyPropertyTheContractNamesIsCompared() {
        ObjectNode otherPrice = SEED_CART.deepCopy();
        ((ObjectNode) otherPrice.path("lineItems").get(4).path("pricing")).put("price", 1899.5);
        ObjectNode noUser = SEED_CART.deepCopy();
        noUser.remove("lastModifiedUser");
        ObjectNode moreContext = SEED_CART.deepCopy();
        ((ObjectNode) moreContext.path("lineItems").get(1).path("provisioningContext")).put("region", "eastus2");

        for (ObjectNode changed : List.of(otherPrice, noUser, moreContext)) {
            assertThat(SameAnswer.of("Cart", changed)).as("%s", changed).isNotEqualTo(SameAnswer.of("Cart", SEED_CART));
        }
        assertThat(AnswerShape.unnamed(PackagedContract.schema("Cart"), moreContext))
                .as("a map's entries are its own: none is a property the contract does not name")
                .isEmpty();
    }

    @Test
    void aContractsNameInAnotherCaseIsAMisspellingNotAnExtension() {
        ObjectNode miscased = SEED_CART.deepCopy();
        miscased.set("Id", miscased.remove("id"));
        ((ObjectNode) miscased.path("lineItems").get(0))
                .set("FriendlyName", miscased.path("lineItems").get(0).path("friendlyName"));

        assertThat(AnswerShape.unnamed(PackagedContract.schema("Cart"), miscased))
                .containsExactlyInAnyOrder(
                        new AnswerShape.Unnamed("/Id", "id"),
                        new AnswerShape.Unnamed("/lineItems/0/FriendlyName", "friendlyName"))
                .allMatch(AnswerShape.Unnamed::miscased);
        assertThat(SameAnswer.of("Cart", miscased)).isNotEqualTo(SameAnswer.of("Cart", SEED_CART));
    }

    @Test
    void answersAreFoundByOperationOrByMethodAndPath() {
        assertThat(AnswerShape.of("createCart", 201))
                .contains(PackagedContract.openApi()
                        .getPaths()
                        .get("/customers/{customer-id}/carts")
                        .getPost()
                        .getResponses()
                        .get("201")
                        .getContent()
                        .get("application/json")
                        .getSchema());
        assertThat(AnswerShape.of("GET", "/customers/c/carts/x/", 200).map(s -> s.get$ref()))
                .contains("#/components/schemas/Cart");
        assertThat(AnswerShape.of("POST", "/customers/c/carts/x/checkout", 409).map(s -> s.get$ref()))
                .contains("#/components/schemas/ApiFault");
        assertThat(AnswerShape.of("GET", "/customers/c/carts/x", 404).map(s -> s.get$ref()))
                .as("a response the operation takes from #/components/responses")
                .contains("#/components/schemas/ApiFault");
        assertThat(AnswerShape.of("GET", "/customers/c/orders", 200)).isEmpty();
    }

    private static JsonNode cart(String text) {
        return SameAnswer.of("Cart", RewritingProxy.read(text));
    }
}
