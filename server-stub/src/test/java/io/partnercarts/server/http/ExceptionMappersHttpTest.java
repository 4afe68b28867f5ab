package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.http.LiveServer.Answer;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every exception mapper and request filter of the {@code http} package answers through the real
 * application and container with the ApiFault, status and headers the contract documents.
 */
class ExceptionMappersHttpTest {
    @RegisterExtension
    static final LiveServer server = new LiveServer();

    private static final String BARRACUDA_LINE = LiveServer.BARRACUDA_CART.substring(
            "{\"lineItems\":[".length(), LiveServer.BARRACUDA_CART.length() - "]}".length());

    @Test
    void malformedJsonIsRefusedByInvalidJsonMapper() {
        server.createCart("{\"lineItems\":[").isFault(400, 800002, "The request body is not valid JSON.");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedByUndecodableBodyMapper() {
        byte[] latin1 = LiveServer.BARRACUDA_CART
                .replace("\"monthly\"", "\"caf\u00e9\"")
                .getBytes(StandardCharsets.ISO_8859_1);

        server.send(server.request(server.carts())
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofByteArray(latin1)))
                .isFault(400, 800002, "The request body is not valid UTF-8 JSON text: JSON must be sent in UTF-8.");
    }

    @Test
    void aContentTypeNamingAnotherCharsetIsRefusedByUtf8RequestBodies() {
        server.send(server.request(server.carts())
                        .header("Content-Type", "application/json; charset=iso-8859-1")
                        .POST(BodyPublishers.ofString(LiveServer.BARRACUDA_CART)))
                .isFault(
                        400,
                        800002,
                        "The request body must be JSON in UTF-8: the Content-Type header names another charset.");
    }

    @Test
    void aMissingQuantityIsRefusedByConstraintViolationMapperNamingIt() {
        Answer answer = server.createCart(LiveServer.BARRACUDA_CART.replace("\"quantity\":1,", ""));

        answer.isFault(400, 800002, "Property 'lineItems[0].quantity' must not be null.");
        assertThat(answer.json().at("/data/0/property").asText()).isEqualTo("lineItems[0].quantity");
        assertThat(answer.json().at("/data/0/problem").asText()).isEqualTo("must not be null");
    }

    @Test
    void aCartOfMoreThan100LineItemsIsRefusedNamingTheLimit() {
        server.createCart(cartOf(lines(101, BARRACUDA_LINE)))
                .isFault(400, 800002, "Property 'lineItems' must have at most 100 items.");
    }

    @Test
    void aFriendlyNameOverItsLimitIsRefusedNamingTheLimit() {
        String line = BARRACUDA_LINE.replace("}", ",\"friendlyName\":\"" + "x".repeat(257) + "\"}");

        server.createCart(cartOf(line))
                .isFault(400, 800002, "Property 'lineItems[0].friendlyName' must be at most 256 characters long.");
    }

    @Test
    void manyBrokenLimitsAreDescribedAsFarAsTheFaultsLimitsAllowAndCounted() {
        String line = BARRACUDA_LINE.replace(
                "}", ",\"friendlyName\":\"" + "x".repeat(300) + "\",\"promotionId\":\"" + "p".repeat(65) + "\"}");

        Answer answer = server.createCart(cartOf(lines(101, line)));

        String description = answer.json().path("description").asText();
        assertThat(description)
                .hasSizeLessThanOrEqualTo(1024)
                .startsWith("Property 'lineItems' must have at most 100 items.")
                .endsWith(" more.");
        assertThat(answer.json().path("data")).hasSize(100);
        assertThat(answer.json().at("/data/0/property").asText()).isEqualTo("lineItems");
    }

    @Test
    void aCartIdThatIsNotAGuidIsRefusedByParamExceptionMapper() {
        server.send(server.request(server.carts() + "/not-a-guid")).isFault(400, 800002, "The cart-id is not a GUID.");
    }

    @Test
    void aCartIdInAnotherFormOfUuidIsRefusedThroughGuidParameters() {
        server.send(server.request(server.carts() + "/1-2-3-4-5")).isFault(400, 800002, "The cart-id is not a GUID.");
    }

    @Test
    void aCustomerIdThatIsNotAGuidIsRefused() {
        server.send(server.request("/customers/contoso/carts/" + UUID.randomUUID()))
                .isFault(400, 800002, "The customer-id is not a GUID.");
    }

    @Test
    void aMalformedContentTypeIsRefusedByMediaTypeHeaders() {
        server.send(server.request(server.carts())
                        .header("Content-Type", ";;;")
                        .POST(BodyPublishers.ofString(LiveServer.BARRACUDA_CART)))
                .isFault(400, 800002, "The Content-Type header is not a valid media type.");
    }

    @Test
    void aMalformedAcceptIsRefusedByMediaTypeHeaders() {
        server.send(server.request(server.unknownCart()).header("Accept", ";;;"))
                .isFault(400, 800002, "The Accept header is not a valid list of media types.");
    }

    @Test
    void anUnknownMethodIsAnswered405WithAllowByHttpExceptionMapper() {
        Answer answer = server.send(server.request(server.unknownCart()).method("PATCH", BodyPublishers.noBody()));

        answer.isFault(405, 405, "The method is not allowed on this resource.");
        assertThat(answer.header("Allow")).isEqualTo("GET,OPTIONS,PUT");
    }

    @Test
    void aMethodTheCollectionDoesNotServeIsAnswered405WithAllow() {
        Answer answer = server.send(server.request(server.carts()).DELETE());

        answer.isFault(405, 405, "The method is not allowed on this resource.");
        assertThat(answer.header("Allow")).isEqualTo("POST,OPTIONS");
    }

    @Test
    void anAcceptOtherThanJsonIsAnswered406() {
        server.send(server.request(server.unknownCart()).header("Accept", "text/plain"))
                .isFault(406, 406, "The service answers only application/json.");
    }

    @Test
    void aBodyOtherThanJsonIsAnswered415() {
        server.send(server.request(server.carts())
                        .header("Content-Type", "text/xml")
                        .POST(BodyPublishers.ofString("<cart/>")))
                .isFault(415, 415, "The request body must be application/json.");
    }

    @Test
    void anUnknownPathIsAnswered404() {
        server.send(server.request("/no/such/path")).isFault(404, 1000, "There is no resource at this path.");
    }

    @Test
    void anUnknownCartIsAnswered404ByCartsExceptionMapper() {
        String cartId = UUID.randomUUID().toString();

        server.send(server.request(server.carts() + "/" + cartId))
                .isFault(404, 800008, "Cart " + cartId + " of customer " + LiveServer.CUSTOMER + " was not found.");
    }

    @Test
    void anUnknownCustomerIsAnswered404ByCartsExceptionMapper() {
        String customerId = UUID.randomUUID().toString();

        server.send(server.request("/customers/" + customerId + "/carts/" + UUID.randomUUID()))
                .isFault(404, 60003, "Customer " + customerId + " was not found.");
    }

    @Test
    void theFailingSandboxCustomerIsAnswered500() {
        server.send(server.request("/customers/5a4db0c5-e500-4e50-8500-000000000500/carts/" + UUID.randomUUID()))
                .isFault(500, 800003, "An unexpected error occurred; nothing was changed. Retry the request.");
    }

    @Test
    void optionsIsAnswered204WithAllowAndNoBodyByOptionsAnswer() {
        Answer collection = server.send(server.request(server.carts()).method("OPTIONS", BodyPublishers.noBody()));
        Answer cart = server.send(server.request(server.unknownCart()).method("OPTIONS", BodyPublishers.noBody()));

        assertThat(collection.status()).isEqualTo(204);
        assertThat(collection.header("Allow")).isEqualTo("POST,OPTIONS");
        assertThat(collection.header("Content-Type")).isNull();
        assertThat(collection.response().body()).isEmpty();
        assertThat(cart.status()).isEqualTo(204);
        assertThat(cart.header("Allow")).isEqualTo("HEAD,GET,OPTIONS,PUT");
        assertThat(cart.response().body()).isEmpty();
    }

    @Test
    void everyFaultCarriesTheRequestIds() {
        HttpRequest.Builder malformed = server.request(server.carts())
                .header("Content-Type", "application/json")
                .header("MS-RequestId", "fault-ids")
                .POST(BodyPublishers.ofString("{"));

        Answer answer = server.send(malformed);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("MS-RequestId")).isEqualTo("fault-ids");
        assertThat(answer.header("MS-CorrelationId")).isNotBlank();
    }

    private static String lines(int count, String line) {
        return String.join(",", Collections.nCopies(count, line));
    }

    private static String cartOf(String lines) {
        return "{\"lineItems\":[" + lines + "]}";
    }
}
