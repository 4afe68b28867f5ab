package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.CartsEndpoint;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
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
                new Operation("createCart", r -> r.contentType(ContentType.JSON).body(body)
                        .post(CartsEndpoint.CARTS, customer)),
                new Operation("getCart", r -> r.get(CartsEndpoint.CART, customer, cart)),
                new Operation("updateCart", r -> r.contentType(ContentType.JSON).body(body)
                        .put(CartsEndpoint.CART, customer, cart)),
                new Operation("checkoutCart", r -> r.contentType(ContentType.JSON).body("\"success\"")
                        .post(CartsEndpoint.CHECKOUT, customer, cart)));
    }

    static Stream<Operation> everyOperation() {
        return operationsOn(API.customer(), UUID.randomUUID());
    }

    static Stream<Arguments> nonGuidIds() {
        UUID cart = UUID.randomUUID();
        return Stream.concat(
                operationsOn("not-a-guid", cart).map(op -> Arguments.of("customer-id", op)),
                operationsOn(API.customer(), "12345").filter(op -> !op.name().equals("createCart"))
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
        Response response = API.anonymousRequest().header("Authorization", authorization)
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
                Arguments.of("a string for the quantity", "{\"lineItems\":[" + line.replace(":1,", ":\"two\",") + "}]}"),
                Arguments.of("a fraction for the quantity", "{\"lineItems\":[" + line.replace(":1,", ":1.5,") + "}]}"),
                Arguments.of("an array for the catalog item", "{\"lineItems\":[" + line.replace("\"X\"", "[\"X\"]") + "}]}"),
                Arguments.of("an unknown billing cycle", "{\"lineItems\":[" + line.replace("monthly", "fortnightly") + "}]}"),
                Arguments.of("a string for the provisioning context",
                        "{\"lineItems\":[" + line + ",\"provisioningContext\":\"scope=shared\"}]}"),
                Arguments.of("an array for the cart", "[]"),
                Arguments.of("the checkout body", "\"success\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesThatAreNotACart")
    void aBodyThatIsNotACartIsA400WithoutParserText(String what, String body) {
        Response response = API.offContractRequest().contentType(ContentType.JSON).body(body)
                .post(CartsEndpoint.CARTS, API.customer());

        assertFault(response, 400, 800002);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/customers", "/carts", "/customers/28045616-f6b9-462f-9701-0d89b5e65c44/orders"})
    void aPathTheContractDoesNotHaveIsA404(String path) {
        Response response = API.offContractRequest().get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.<Object>path("code")).as("code of %s", response.asString()).isInstanceOf(Integer.class);
        assertThat(List.of(response.asString())).noneMatch(body -> body.contains("<html"));
    }
}
