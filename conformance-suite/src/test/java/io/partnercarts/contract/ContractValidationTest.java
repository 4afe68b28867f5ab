package io.partnercarts.contract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter.OpenApiValidationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suite's own safety net: a stand-in server answers what a broken implementation would, and the
 * validation filter that every conformance test uses must refuse it. If these pass, a deviation from the
 * contract cannot slip through a conformance test that only asserts a status code.
 */
class ContractValidationTest {
    private static final String CART_PATH =
            "/v1/customers/28045616-f6b9-462f-9701-0d89b5e65c44/carts/" + "b4c8fdea-cbe4-4d17-9576-13fcacbf9605";

    private final AtomicReference<Answer> answer = new AtomicReference<>();
    private final ContractValidation validation = new ContractValidation("/v1");
    private HttpServer server;

    record Answer(int status, String contentType, String body) {}

    @BeforeEach
    void standIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Answer current = answer.get();
            byte[] bytes = current.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", current.contentType());
            exchange.sendResponseHeaders(current.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theContractsOwnExampleAnswerPasses() {
        answer.set(new Answer(
                200, "application/json", PackagedContract.example("SeedCart").toString()));

        assertThatCode(this::getCart).doesNotThrowAnyException();
    }

    @Test
    void aCartErrorCodeSentAsAStringIsCaught() {
        ObjectNode cart = seedCart();
        ((ObjectNode) cart.withArray("lineItems").get(0))
                .putObject("error")
                .put("errorCode", "10001")
                .put("errorDescription", "unknown offer");

        assertRefused(new Answer(200, "application/json", cart.toString()), "errorCode");
    }

    @Test
    void anEnumValueInTheWrongCaseIsCaught() {
        assertRefused(
                new Answer(
                        200,
                        "application/json",
                        seedCart().put("status", "active").toString()),
                "status");
    }

    @Test
    void aLineItemIdSentAsAStringIsCaught() {
        ObjectNode cart = seedCart();
        ((ObjectNode) cart.withArray("lineItems").get(0)).put("id", "0");

        assertRefused(new Answer(200, "application/json", cart.toString()), "id");
    }

    @Test
    void anUndocumentedStatusIsCaught() {
        assertRefused(new Answer(202, "application/json", seedCart().toString()), "202");
    }

    @Test
    void anErrorThatIsNotAnApiFaultIsCaught() {
        assertRefused(new Answer(404, "text/plain", "Not Found"), "Content-Type");
        assertRefused(new Answer(404, "application/json", "{\"error\":\"not found\"}"), "code");
    }

    private ObjectNode seedCart() {
        return (ObjectNode) PackagedContract.example("SeedCart");
    }

    private void assertRefused(Answer broken, String mentioned) {
        answer.set(broken);
        assertThatThrownBy(this::getCart)
                .as("the validator refuses %s", broken)
                .isInstanceOf(OpenApiValidationException.class)
                .hasMessageContaining(mentioned);
    }

    private void getCart() {
        RestAssured.given()
                .filter(validation.exchange())
                .baseUri("http://127.0.0.1:" + server.getAddress().getPort())
                .header("Authorization", "Bearer token")
                .header("MS-RequestId", UUID.randomUUID().toString())
                .accept(ContentType.JSON)
                .get(CART_PATH);
    }

    @Test
    void aTimestampSpelledAsInTheDocumentationTablesIsCaught() {
        ObjectNode cart = seedCart();
        cart.set("creationTimeStamp", cart.remove("creationTimestamp"));

        assertRefused(new Answer(200, "application/json", cart.toString()), "creationTimeStamp");
    }
}
