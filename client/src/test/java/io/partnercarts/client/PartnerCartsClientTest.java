package io.partnercarts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.partnercarts.client.ScriptedServer.Received;
import io.partnercarts.client.model.Cart;
import io.partnercarts.client.model.CartCheckoutResult;
import jakarta.ws.rs.ProcessingException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerCartsClientTest {
    private static final UUID CUSTOMER = UUID.fromString("28045616-f6b9-462f-9701-0d89b5e65c44");
    private static final UUID CART = UUID.fromString("9f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b");
    private static final String CART_JSON = "{\"id\":\"" + CART + "\",\"status\":\"Active\",\"lineItems\":[]}";
    private static final String NOT_FOUND = """
            {"code":800008,"description":"The cart was not found.","data":[],"source":"PartnerFD"}""";
    private static final String SERVICE_ERROR = """
            {"code":800003,"description":"The service is unavailable.","data":[],"source":"PartnerFD"}""";

    private ScriptedServer server;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PartnerCartsClient.Builder client() {
        return PartnerCartsClient.builder()
                .baseUrl(server.baseUrl())
                .token("t0ken")
                .maxRetries(2)
                .backoff(Duration.ofMillis(1), Duration.ofMillis(5));
    }

    @Test
    void aRetryReusesTheRequestIdAndTheNextLogicalCallGetsANewOne() {
        server.then(500, SERVICE_ERROR).then(201, CART_JSON).then(200, CART_JSON);
        PartnerCartsClient client =
                client().correlationId("flow-7").locale("de-DE").build();

        Cart created = client.createCart(CUSTOMER, new Cart().lineItems(List.of()));
        Cart fetched = client.getCart(CUSTOMER, CART);

        assertThat(created.getId()).isEqualTo(CART.toString());
        assertThat(fetched.getId()).isEqualTo(CART.toString());
        List<Received> received = server.received();
        assertThat(received).extracting(Received::method).containsExactly("POST", "POST", "GET");
        String create = received.get(0).requestId();
        // A GUID as the contract writes one: 8-4-4-4-12 hex digits (UUID.fromString would also take "1-1-1-1-1").
        assertThat(create)
                .as("a GUID")
                .matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        assertThat(received.get(1).requestId()).as("the retry of the create").isEqualTo(create);
        assertThat(received.get(2).requestId())
                .as("the get, a new logical call")
                .isNotNull()
                .isNotEqualTo(create);
        assertThat(received).extracting(Received::correlationId).containsOnly("flow-7");
        assertThat(received).extracting(Received::locale).containsOnly("de-DE");
        assertThat(received).extracting(Received::authorization).containsOnly("Bearer t0ken");
    }

    @Test
    void everyAttemptTakesTheTokenItsSupplierGivesThen() {
        server.then(500, SERVICE_ERROR).then(200, CART_JSON).then(200, CART_JSON);
        Iterator<String> tokens = List.of("first", "refreshed", "latest").iterator();
        PartnerCartsClient client = client().token(tokens::next).build();

        client.getCart(CUSTOMER, CART);
        client.getCart(CUSTOMER, CART);

        assertThat(server.received())
                .extracting(Received::authorization)
                .containsExactly("Bearer first", "Bearer refreshed", "Bearer latest");
    }

    @Test
    void aRetryWaitsAsLongAsTheServicesRetryAfterAsks() {
        server.then(429, "{\"code\":429,\"description\":\"Too many requests\"}", "1")
                .then(200, CART_JSON);

        client().build().getCart(CUSTOMER, CART);

        List<Received> received = server.received();
        assertThat(received).hasSize(2);
        assertThat(Duration.ofNanos(received.get(1).atNanos() - received.get(0).atNanos()))
                .as("the wait before the retry; the backoff alone is 1 ms")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theRetryAfterOfAFailureIsExposed() {
        server.then(503, SERVICE_ERROR, "7");

        PartnerCenterException e = catchThrowableOfType(
                PartnerCenterException.class,
                () -> client().maxRetries(0).build().getCart(CUSTOMER, CART));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void aDroppedConnectionIsRetriedWithTheSameRequestId() {
        // Two drops: the JDK's HttpURLConnection silently resends a POST once by itself, so only a second
        // drop reaches the client's own retry.
        server.thenDropConnection().thenDropConnection().then(201, "{\"orders\":[],\"orderErrors\":[]}");

        CartCheckoutResult result = client().build().checkout(CUSTOMER, CART);

        assertThat(result.getOrders()).isEmpty();
        List<Received> received = server.received();
        assertThat(received).hasSize(3);
        assertThat(received)
                .extracting(Received::requestId)
                .doesNotContainNull()
                .containsOnly(received.get(0).requestId());
        assertThat(received)
                .extracting(Received::correlationId)
                .as("one correlation id per logical call too")
                .doesNotContainNull()
                .containsOnly(received.get(0).correlationId());
        assertThat(received.get(0).path()).isEqualTo("/v1/customers/" + CUSTOMER + "/carts/" + CART + "/checkout");
    }

    @Test
    void anApiFaultBecomesAnExceptionWithTheStatusTheCodeAndTheDescription() {
        server.then(404, NOT_FOUND);

        PartnerCenterException e = catchThrowableOfType(
                PartnerCenterException.class, () -> client().build().getCart(CUSTOMER, CART));

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.code()).contains(800008);
        assertThat(e.description()).contains("The cart was not found.");
        assertThat(e.requestId()).isEqualTo(server.received().get(0).requestId());
        assertThat(e.isRetryable()).isFalse();
        assertThat(server.received()).as("a 404 is not retried").hasSize(1);
    }

    @ParameterizedTest(name = "HTTP {0}: {1} attempt(s)")
    @CsvSource({"500, 3", "503, 3", "429, 3", "400, 1", "401, 1", "409, 1"})
    void onlyServerErrorsAndThrottlingAreRetried(int status, int attempts) {
        for (int i = 0; i < 3; i++) {
            server.then(status, SERVICE_ERROR);
        }

        PartnerCenterException e = catchThrowableOfType(
                PartnerCenterException.class,
                () -> client().build().updateCart(CUSTOMER, CART, new Cart().lineItems(List.of())));

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.code()).contains(800003);
        assertThat(server.received()).hasSize(attempts);
        assertThat(server.received()).extracting(Received::requestId).containsOnly(e.requestId());
    }

    @Test
    void aBodyThatIsNoApiFaultStillGivesTheStatus() {
        server.then(502, "<html>Bad Gateway</html>");

        PartnerCenterException e = catchThrowableOfType(
                PartnerCenterException.class,
                () -> client().maxRetries(0).build().getCart(CUSTOMER, CART));

        assertThat(e.status()).isEqualTo(502);
        assertThat(e.code()).isEmpty();
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void anAnswerThatCannotBeReadIsNotRetried() {
        server.then(200, "{\"id\": [").then(200, CART_JSON);

        Throwable e = catchThrowable(() -> client().build().getCart(CUSTOMER, CART));

        assertThat(e).isInstanceOf(ProcessingException.class).isNotInstanceOf(PartnerCenterException.class);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void eachLogicalCallHasItsOwnCorrelationIdUnlessOneIsGiven() {
        server.then(200, CART_JSON).then(200, CART_JSON).then(200, CART_JSON);
        PartnerCartsClient client = client().build();

        client.getCart(CUSTOMER, CART);
        client.getCart(CUSTOMER, CART);
        client.withCorrelationId("flow-9").getCart(CUSTOMER, CART);

        List<Received> received = server.received();
        assertThat(received.get(0).correlationId())
                .isNotNull()
                .isNotEqualTo(received.get(1).correlationId());
        assertThat(received.get(2).correlationId()).isEqualTo("flow-9");
        assertThat(received)
                .extracting(Received::locale)
                .as("no X-Locale unless set")
                .containsOnlyNulls();
    }
}
