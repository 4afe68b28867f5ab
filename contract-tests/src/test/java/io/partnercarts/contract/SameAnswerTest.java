package io.partnercarts.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

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
        SameAnswer.assertSame(
                "the proxy's writing",
                SameAnswer.of("Cart", RewritingProxy.read(written)),
                SameAnswer.of("Cart", SEED_CART));
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
    void aChangedValueDeepInAnArrayIsNamedByItsPointerWithBothValues() {
        ObjectNode otherPrice = SEED_CART.deepCopy();
        ((ObjectNode) otherPrice.path("lineItems").get(4).path("pricing")).put("price", 1899.5);

        assertThat(JsonDifference.between(SameAnswer.of("Cart", SEED_CART), SameAnswer.of("Cart", otherPrice)))
                .extracting(JsonDifference::toString)
                .containsExactly("/lineItems/4/pricing/price: expected 1899 but was 1899.5");
    }

    @Test
    void aPropertyOnlyInOneIsAbsentInTheOther() {
        ObjectNode noUser = SEED_CART.deepCopy();
        noUser.remove("lastModifiedUser");

        assertThat(JsonDifference.between(SEED_CART, noUser))
                .extracting(JsonDifference::toString)
                .containsExactly("/lastModifiedUser: expected \"5c1d2bd6-3f8e-4b6e-9d6a-2a0b1f0e7c42\" but was absent");
        assertThat(JsonDifference.between(noUser, SEED_CART))
                .extracting(JsonDifference::toString)
                .containsExactly("/lastModifiedUser: expected absent but was \"5c1d2bd6-3f8e-4b6e-9d6a-2a0b1f0e7c42\"");
    }

    @Test
    void anExtraArrayElementIsNamedByItsIndex() {
        JsonNode twoLines = RewritingProxy.read("{\"lineItems\": [{\"id\": 0}, {\"id\": 1}]}");
        JsonNode threeLines = RewritingProxy.read("{\"lineItems\": [{\"id\": 0}, {\"id\": 1}, {\"id\": 2}]}");

        assertThat(JsonDifference.between(twoLines, threeLines))
                .extracting(JsonDifference::toString)
                .containsExactly("/lineItems/2: expected absent but was {\"id\":2}");
    }

    @Test
    void longStringsThatBeginAlikeAreShownFromNearWhereTheyDiffer() {
        String customer = "/customers/28045616-f6b9-462f-9701-0d89b5e65c44/orders/";
        JsonNode first = RewritingProxy.read("{\"uri\": \"" + customer + "Y1vci6tykBNfYrB_Ih-uulfmWG0gw-tff\"}");
        JsonNode repeat = RewritingProxy.read("{\"uri\": \"" + customer + "b205585a-a75b-4457-823f-fe60c5abead6\"}");

        assertThat(JsonDifference.between(first, repeat))
                .extracting(JsonDifference::toString)
                .containsExactly("/uri: expected \"…b5e65c44/orders/Y1vci6tykBNfYrB_Ih-uulfmWG0gw-tff\""
                        + " but was \"…b5e65c44/orders/b205585a-a75b-4457-823f-fe60c5abead6\"");
    }

    @Test
    void numbersByValueAndKeysInAnyOrderAreNoDifference() {
        JsonNode written = RewritingProxy.read("{\"price\": 1899, \"tags\": [\"a\", {\"x\": 1, \"y\": 2}]}");
        JsonNode rewritten = RewritingProxy.read("{\"tags\": [\"a\", {\"y\": 2.0, \"x\": 1E0}], \"price\": 1899.0}");

        assertThat(written).as("as Jackson trees they differ").isNotEqualTo(rewritten);
        assertThat(JsonDifference.between(written, rewritten)).isEmpty();
        assertThat(JsonDifference.between(written, RewritingProxy.read("{\"price\": 1899.01, \"tags\": [\"a\"]}")))
                .extracting(JsonDifference::pointer)
                .containsExactly("/price", "/tags/1");
    }

    @Test
    void aFailureStartsWithTheFirstDifferencesCappedAndCutThenBothAnswersWhole() {
        ObjectNode regrouped = SEED_CART.deepCopy();
        for (JsonNode line : regrouped.path("lineItems")) {
            ((ObjectNode) line)
                    .put("orderGroup", "again-" + line.path("id").asInt())
                    .put("quantity", 2);
        }
        JsonNode expected = SameAnswer.of("Cart", SEED_CART);
        JsonNode answer = SameAnswer.of("Cart", regrouped);

        assertThatThrownBy(() -> SameAnswer.assertSame("the cart read again", answer, expected))
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    assertThat(failure.getMessage().lines())
                            .containsExactly(
                                    "the cart read again differs at /lineItems/0/orderGroup: expected \"OMS-0\""
                                            + " but was \"again-0\"",
                                    "  and at /lineItems/0/quantity: expected 1 but was 2",
                                    "  and at /lineItems/1/orderGroup: expected \"0\" but was \"again-1\"",
                                    "  and at /lineItems/1/quantity: expected 1 but was 2",
                                    "  and at /lineItems/2/orderGroup: expected \"0\" but was \"again-2\"",
                                    "  and at 5 more places",
                                    "expected: " + JsonDifference.written(expected),
                                    " but was: " + JsonDifference.written(answer));
                    assertThat(failure.getMessage())
                            .as("numbers written plainly")
                            .contains("\"price\":1899,")
                            .doesNotContain("E+");
                    assertThat(failure.getExpected().getStringRepresentation())
                            .as("for an IDE, the answers over lines")
                            .isEqualTo(JsonDifference.writtenOverLines(expected))
                            .contains("\n");
                    assertThat(failure.getActual().getStringRepresentation())
                            .isEqualTo(JsonDifference.writtenOverLines(answer));
                });
        ObjectNode longStatus = SEED_CART.deepCopy();
        longStatus.put("status", "x".repeat(200));
        assertThatThrownBy(
                        () -> SameAnswer.assertSame("the cart read again", SameAnswer.of("Cart", longStatus), expected))
                .hasMessageStartingWith("the cart read again differs at /status: expected \"Active\" but was \""
                        + "x".repeat(79) + "… (202 characters)\n");
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
