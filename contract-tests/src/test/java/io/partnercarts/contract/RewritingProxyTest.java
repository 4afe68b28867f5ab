package io.partnercarts.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "No stricter than the contract", both ways, with {@link RewritingProxy} in front of the in-process server as
 * the stand-in: answers with a property the contract does not name on every object, numbers, key order, escapes
 * and whitespace told otherwise pass the suite's validation and compare as the same answer; answers that break the
 * contract still fail, however they are told. The whole conformance suite runs through the proxy in the surefire
 * execution {@code conformance-rewritten}.
 */
class RewritingProxyTest {
    private final CartsEndpoint direct = CartsEndpoint.get();
    private RewritingProxy proxy;

    @AfterEach
    void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }

    /** The suite's cart operations through a proxy that rewrites every answer and then applies {@code edit}. */
    private CartsEndpoint through(Consumer<RewritingProxy.Answer> edit) {
        proxy = RewritingProxy.start(direct.target().baseUri(), answer -> {
            edit.accept(answer);
            return answer;
        });
        return direct.on(proxy.baseUri());
    }

    // ------------------------------------------------------------------ what the contract allows passes

    @Test
    void aCartWithAPropertyMoreOnEveryObjectAndToldOtherwiseIsTheSameAnswer() {
        CartsEndpoint api = through(answer -> {});

        Response created = api.createCart(CartBodies.seed());
        String id = created.path("id");
        Response viaProxy = api.getCart(id);
        Response fromServer = direct.getCart(id);

        assertThat(created.statusCode()).as("status of %s", created.asString()).isEqualTo(201);
        assertThat(viaProxy.asString())
                .as("the answer as the proxy writes it")
                .contains(RewritingProxy.EXTRA, "\"\\u0041ctive\"", "\"c\\u0061t\\u0061logItemId\"", "\\/customers\\/")
                .containsPattern("\"price\" :\t\\d+(\\.0|E-\\d+)\\s")
                .isNotEqualTo(fromServer.asString());
        JsonNode rewritten = tree(viaProxy);
        assertThat(rewritten.path(RewritingProxy.EXTRA).isObject())
                .as("a property more on the cart")
                .isTrue();
        assertThat(rewritten.path("attributes").path(RewritingProxy.EXTRA).isObject())
                .as("on its attributes")
                .isTrue();
        assertThat(rewritten.path("lineItems"))
                .as("on each line item")
                .allMatch(line -> line.path(RewritingProxy.EXTRA).isObject());
        assertThat(rewritten).as("as JSON trees").isNotEqualTo(tree(fromServer));
        assertThat(SameAnswer.cart(viaProxy)).as("as answers").isEqualTo(SameAnswer.cart(fromServer));
        assertThat(SameAnswer.cart(viaProxy))
                .as("read again: the extra property differs, the answer does not")
                .isEqualTo(SameAnswer.cart(api.getCart(id)));
        assertThat(UnnamedProperties.notes())
                .as("the properties the contract does not name, noted")
                .contains(
                        "getCart 200: /" + RewritingProxy.EXTRA,
                        "getCart 200: /attributes/" + RewritingProxy.EXTRA,
                        "getCart 200: /lineItems/*/" + RewritingProxy.EXTRA,
                        "getCart 200: /lineItems/*/pricing/" + RewritingProxy.EXTRA);
    }

    @Test
    void aCheckoutResultAndAFaultWithAPropertyMoreAndToldOtherwisePass() {
        CartsEndpoint api = through(answer -> {});
        String id = api.createdCartId(CartBodies.seed());

        Response checkout = api.checkout(id);

        assertThat(checkout.statusCode())
                .as("status of %s", checkout.asString())
                .isEqualTo(201);
        assertThat(tree(checkout).path("orders"))
                .hasSize(3)
                .allMatch(order -> order.path(RewritingProxy.EXTRA).isObject());
        assertThat(SameAnswer.checkoutResult(checkout))
                .as("the repeat, directly from the server")
                .isEqualTo(SameAnswer.checkoutResult(direct.checkout(id)));
        assertThatCode(() ->
                        ApiFaultAssert.assertFault(api.getCart(UUID.randomUUID().toString()), 404, 800008))
                .doesNotThrowAnyException();
    }

    // ------------------------------------------------------------------ what the contract forbids fails

    /** Answers that break the contract: what, on which request, how, and what the refusal names. */
    static Stream<Arguments> breaches() {
        return Stream.of(
                breach("a required property missing", CREATE, a -> line(a).remove("catalogItemId"), "catalogItemId"),
                breach("a string for an integer", CREATE, a -> line(a).put("quantity", "1"), "quantity"),
                breach("a number for a string", CREATE, a -> cart(a).put("id", 12345), "[Path '/id']"),
                breach("an unknown enum value", CREATE, a -> cart(a).put("status", "Pending"), "Pending"),
                breach(
                        "a string for an integer error code",
                        CREATE_IN_ERROR,
                        a -> ((ObjectNode) a.body().path("lineItems").path(1).path("error")).put("errorCode", "10001"),
                        "errorCode"),
                breach(
                        "a string for an ApiFault code",
                        GET_UNKNOWN,
                        a -> cart(a).put("code", "800008"),
                        "[Path '/code']"),
                breach("Id for id", CREATE, a -> rename(cart(a), "id", "Id"), "[Path '/Id']"),
                breach("LineItems for lineItems", CREATE, a -> rename(cart(a), "lineItems", "LineItems"), "lineItems"),
                breach(
                        "FriendlyName for friendlyName",
                        CREATE,
                        a -> rename(line(a), "friendlyName", "FriendlyName"),
                        "FriendlyName"),
                breach(
                        "ObjectType for objectType",
                        CREATE,
                        a -> rename((ObjectNode) a.body().path("attributes"), "objectType", "ObjectType"),
                        "ObjectType"),
                breach(
                        "creationTimeStamp for creationTimestamp",
                        CREATE,
                        a -> rename(cart(a), "creationTimestamp", "creationTimeStamp"),
                        "creationTimeStamp"),
                Arguments.of(
                        "200 where 201 is due",
                        CREATE,
                        (Function<RewritingProxy.Answer, RewritingProxy.Answer>) a -> a.withStatus(200),
                        "Response status 200"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaches")
    void anAnswerThatBreaksTheContractFailsHoweverItIsTold(
            String what,
            Function<CartsEndpoint, Response> request,
            Function<RewritingProxy.Answer, RewritingProxy.Answer> breach,
            String named) {
        proxy = RewritingProxy.start(direct.target().baseUri(), breach::apply);
        CartsEndpoint api = direct.on(proxy.baseUri());

        assertThatThrownBy(() -> request.apply(api))
                .as("the suite's validation refuses %s", what)
                .isInstanceOf(OpenApiValidationException.class)
                .hasMessageContaining(named);
    }

    /**
     * A value past its limit is refused naming the property (the contract's Limits section): in the description or
     * the data, in any words; a refusal that names nothing fails.
     */
    @Test
    void aRefusalPastALimitNamesThePropertyInAnyWordsOrFails() {
        String tooLong = CartBodies.cartOf(CartBodies.barracuda(1).put("friendlyName", "x".repeat(257)));

        CartsEndpoint reworded = through(answer -> fault(answer)
                .put("description", "Rejected: friendlyName is too long.")
                .remove("data"));
        assertThatCode(() -> ApiFaultAssert.assertFaultNaming(
                        reworded.createCartOffContract(tooLong), 400, 800002, "friendlyName"))
                .as("named in other words")
                .doesNotThrowAnyException();
        proxy.close();

        CartsEndpoint inDataOnly = through(answer -> fault(answer)
                .put("description", "The cart breaks a limit.")
                .putArray("data")
                .add("lineItems[0].friendlyName"));
        assertThatCode(() -> ApiFaultAssert.assertFaultNaming(
                        inDataOnly.createCartOffContract(tooLong), 400, 800002, "friendlyName"))
                .as("named in the data only")
                .doesNotThrowAnyException();
        proxy.close();

        CartsEndpoint namesNothing = through(answer ->
                fault(answer).put("description", "The cart breaks a limit.").remove("data"));
        assertThatThrownBy(() -> ApiFaultAssert.assertFaultNaming(
                        namesNothing.createCartOffContract(tooLong), 400, 800002, "friendlyName"))
                .as("named nowhere")
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("names in its description or data");
    }

    private static ObjectNode fault(RewritingProxy.Answer answer) {
        return (ObjectNode) answer.body();
    }

    private static final Function<CartsEndpoint, Response> CREATE = api -> api.createCart(CartBodies.seed());
    private static final Function<CartsEndpoint, Response> CREATE_IN_ERROR = api -> api.createCart(CartBodies.cartOf(
            CartBodies.barracuda(1), CartBodies.line("NOSUCHOFFER:0001:NOSUCHSKU", 1, "monthly", "P1M")));
    private static final Function<CartsEndpoint, Response> GET_UNKNOWN =
            api -> api.getCart(UUID.randomUUID().toString());

    private static Arguments breach(
            String what,
            Function<CartsEndpoint, Response> request,
            Consumer<RewritingProxy.Answer> edit,
            String named) {
        return Arguments.of(
                what,
                request,
                (Function<RewritingProxy.Answer, RewritingProxy.Answer>) answer -> {
                    edit.accept(answer);
                    return answer;
                },
                named);
    }

    private static ObjectNode cart(RewritingProxy.Answer answer) {
        return (ObjectNode) answer.body();
    }

    private static ObjectNode line(RewritingProxy.Answer answer) {
        return (ObjectNode) answer.body().path("lineItems").path(0);
    }

    private static void rename(ObjectNode object, String from, String to) {
        object.set(to, object.remove(from));
    }

    /** A body as a plain Jackson tree, as the suite compared answers before. */
    private static JsonNode tree(Response response) {
        return RewritingProxy.read(response.asString());
    }
}
