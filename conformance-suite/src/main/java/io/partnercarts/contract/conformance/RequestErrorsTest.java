package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.GuidLookalikes;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that break the contract: each is answered with the documented status and an ApiFault, on
 * every operation, with no stack trace or parser text.
 */
class RequestErrorsTest {
    private static final CartsEndpoint API = CartsEndpoint.get();

    /** One call of each operation on the given customer and cart id. */
    record Operation(String name, Function<RequestSpecification, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Operation> operationsOn(Object customer, Object cart) {
        String body = cartOf(barracuda(1));
        return Stream.of(
                new Operation(
                        "createCart",
                        r -> r.contentType(ContentType.JSON).body(body).post(CartsEndpoint.CARTS, customer)),
                new Operation("getCart", r -> r.get(CartsEndpoint.CART, customer, cart)),
                new Operation(
                        "updateCart",
                        r -> r.contentType(ContentType.JSON).body(body).put(CartsEndpoint.CART, customer, cart)),
                new Operation(
                        "checkoutCart",
                        r -> r.contentType(ContentType.JSON)
                                .body("\"success\"")
                                .post(CartsEndpoint.CHECKOUT, customer, cart)));
    }

    static Stream<Operation> everyOperation() {
        return operationsOn(API.customer(), UUID.randomUUID());
    }

    static Stream<Arguments> nonGuidIds() {
        UUID cart = UUID.randomUUID();
        return Stream.concat(
                operationsOn("not-a-guid", cart).map(op -> Arguments.of("customer-id", op)),
                operationsOn(API.customer(), "12345")
                        .filter(op -> !op.name().equals("createCart"))
                        .map(op -> Arguments.of("cart-id", op)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOperation")
    void noAuthorizationIsA401WithAChallenge(Operation operation) {
        Response response = operation.call().apply(API.anonymousRequest());

        assertFault(response, 401, 800001);
        assertThat(response.header("WWW-Authenticate")).as("WWW-Authenticate").isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer  ", "token-without-scheme"})
    void anAuthorizationThatIsNotABearerTokenIsA401(String authorization) {
        Response response = API.anonymousRequest()
                .header("Authorization", authorization)
                .get(CartsEndpoint.CART, API.customer(), UUID.randomUUID());

        assertFault(response, 401, 800001);
        assertThat(response.header("WWW-Authenticate")).isNotBlank();
    }

    @ParameterizedTest(name = "{0} of {1}")
    @MethodSource("nonGuidIds")
    void anIdThatIsNotAGuidIsA400(String parameter, Operation operation) {
        assertFault(operation.call().apply(API.offContractRequest()), 400, 800002);
    }

    static Stream<Arguments> bodiesThatAreNotACart() {
        String line = "{\"catalogItemId\":\"X\",\"quantity\":1,\"billingCycle\":\"monthly\"";
        return Stream.of(
                Arguments.of("cut short", "{\"lineItems\":["),
                Arguments.of("unquoted names", "{lineItems: []}"),
                Arguments.of("XML", "<cart/>"),
                Arguments.of("trailing text", "{\"lineItems\":[" + line + "}]} trailing"),
                Arguments.of("an object for the array", "{\"lineItems\":" + line + "}}"),
                Arguments.of(
                        "a string for the quantity", "{\"lineItems\":[" + line.replace(":1,", ":\"two\",") + "}]}"),
                Arguments.of("a fraction for the quantity", "{\"lineItems\":[" + line.replace(":1,", ":1.5,") + "}]}"),
                Arguments.of(
                        "an array for the catalog item", "{\"lineItems\":[" + line.replace("\"X\"", "[\"X\"]") + "}]}"),
                Arguments.of(
                        "an unknown billing cycle",
                        "{\"lineItems\":[" + line.replace("monthly", "fortnightly") + "}]}"),
                Arguments.of(
                        "a string for the provisioning context",
                        "{\"lineItems\":[" + line + ",\"provisioningContext\":\"scope=shared\"}]}"),
                Arguments.of("an array for the cart", "[]"),
                Arguments.of("the checkout body", "\"success\""));
    }

    static Stream<Arguments> wrongValues() {
        String line = "{\"catalogItemId\":\"X\",\"quantity\":1,\"billingCycle\":\"monthly\"";
        String cart = "{\"lineItems\":[" + line + "%s}]}";
        return Stream.of(
                Arguments.of("a null line item", "{\"lineItems\":[null]}"),
                Arguments.of("a null line item after a good one", "{\"lineItems\":[" + line + "},null]}"),
                Arguments.of("a null participant", cart.formatted(",\"participants\":[null]")),
                Arguments.of("a null add-on", cart.formatted(",\"addonItems\":[null]")),
                Arguments.of(
                        "a null add-on participant",
                        cart.formatted(",\"addonItems\":[" + line + ",\"participants\":[null]}]")),
                Arguments.of("a null provisioning value", cart.formatted(",\"provisioningContext\":{\"scope\":null}")),
                Arguments.of("1 for a boolean", cart.formatted(",\"attestationAccepted\":1")),
                Arguments.of(
                        "0 for a boolean", "{\"partnerOnRecordAttestationAccepted\":0,\"lineItems\":[" + line + "}]}"),
                Arguments.of("a string for a boolean", cart.formatted(",\"attestationAccepted\":\"true\"")),
                Arguments.of("true for a number", cart.replace(":1,", ":true,").formatted("")),
                Arguments.of("a number for a string", cart.formatted(",\"termDuration\":1")));
    }

    /**
     * Malformed JSON, wrong types and null elements are a 400 ("bad JSON, wrong types" under BadRequest), with no
     * parser text (assertFault's leak check); the contract promises the name of the property only for a value
     * beyond its limits (LimitsTest).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"bodiesThatAreNotACart", "wrongValues"})
    void aBodyThatIsNotACartOrHasAWrongValueIsA400WithoutParserText(String what, String body) {
        Response response = API.createCartOffContract(body);

        assertFault(response, 400, 800002);
    }

    /** Spellings of an id that {@code UUID.fromString} reads, as the same GUID or silently as another one. */
    static Stream<Arguments> idsSpeltOtherwiseThanAsAGuid() {
        return Stream.of(
                Arguments.of("Arabic-Indic digits", (UnaryOperator<String>) GuidLookalikes::arabicIndicDigits),
                Arguments.of("full-width digits", (UnaryOperator<String>) GuidLookalikes::fullWidthDigits),
                Arguments.of("the last digit left out", (UnaryOperator<String>) id -> id.substring(0, id.length() - 1)),
                Arguments.of("the first digit left out", (UnaryOperator<String>) id -> id.substring(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idsSpeltOtherwiseThanAsAGuid")
    void anExistingIdSpeltOtherwiseThanAsAGuidIsA400(String what, UnaryOperator<String> spelling) {
        String customer = API.customer().toString();
        String cart = API.createdCartId(cartOf(barracuda(1)));

        assertFault(API.offContractRequest().get(CartsEndpoint.CART, spelling.apply(customer), cart), 400, 800002);
        assertFault(API.offContractRequest().get(CartsEndpoint.CART, customer, spelling.apply(cart)), 400, 800002);
        assertFault(
                API.offContractRequest()
                        .contentType(ContentType.JSON)
                        .body(cartOf(barracuda(1)))
                        .post(CartsEndpoint.CARTS, spelling.apply(customer)),
                400,
                800002);
        assertFault(
                API.offContractRequest()
                        .contentType(ContentType.JSON)
                        .body(CartsEndpoint.SDK_CHECKOUT_BODY)
                        .post(CartsEndpoint.CHECKOUT, customer, spelling.apply(cart)),
                400,
                800002);
        assertThat(API.getCart(cart).<String>path("status"))
                .as("the cart after the refused checkout")
                .isEqualTo("Active");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "1-2-3-4-5",
                "0-0-0-0-0",
                "urn:uuid:28045616-f6b9-462f-9701-0d89b5e65c44",
                "28045616f6b9462f97010d89b5e65c44",
                "28045616-f6b9-462f-9701-0d89b5e65c44-0"
            })
    void aGuidInAnotherNotationIsA400(String id) {
        assertFault(API.offContractRequest().get(CartsEndpoint.CART, id, UUID.randomUUID()), 400, 800002);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "application/json; foo",
                "application/json; charset=",
                "application/json, text/plain",
                "application/json; charset=utf-8; charset",
                "json"
            })
    void aContentTypeThatIsNotAMediaTypeIsA400(String contentType) {
        Response response = API.offContractRequest()
                .contentType(contentType)
                .body(cartOf(barracuda(1)).getBytes(StandardCharsets.UTF_8))
                .post(CartsEndpoint.CARTS, API.customer());

        assertFault(response, 400, 800002);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"///", "application/json;q=abc", "application/json;q=", "application/json, /json"})
    void anAcceptThatIsNotAListOfMediaTypesIsA400(String accept) {
        Response response =
                API.offContractRequest().accept(accept).get(CartsEndpoint.CART, API.customer(), UUID.randomUUID());

        assertFault(response, 400, 800002);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"*/*", "application/*", "text/html, */*;q=0.1", "application/json;q=0.5"})
    void anAcceptThatAllowsJsonIsAnsweredInJson(String accept) {
        String cart = API.createdCartId(cartOf(barracuda(1)));

        Response response = API.request().accept(accept).get(CartsEndpoint.CART, API.customer(), cart);

        assertThat(response.statusCode())
                .as("status of %s", response.asString())
                .isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
    }

    @Test
    void aQueryStringIsIgnoredEvenWhenItsPercentEncodingIsNotUtf8() {
        String cart = API.createdCartId(cartOf(barracuda(1)));

        Response response = API.offContractRequest()
                .urlEncodingEnabled(false)
                .get(CartsEndpoint.CART + "?a=%C0%AF&b=%FF&%E2%82", API.customer(), cart);

        assertThat(response.statusCode())
                .as("status of %s", response.asString())
                .isEqualTo(200);
        assertThat(response.<String>path("id")).isEqualTo(cart);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/customers", "/carts", "/customers/28045616-f6b9-462f-9701-0d89b5e65c44/orders"})
    void aPathTheContractDoesNotHaveIsA404(String path) {
        Response response = API.offContractRequest().get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.<Object>path("code"))
                .as("code of %s", response.asString())
                .isInstanceOf(Integer.class);
        assertThat(List.of(response.asString())).noneMatch(body -> body.contains("<html"));
    }
}
