package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.CartsEndpoint;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** MS-RequestId and MS-CorrelationId are echoed on every answer, errors included, or generated. */
class RequestIdsTest {
    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void theCallersIdsAreEchoed() {
        String requestId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();

        Response created = api.request()
                .header("MS-RequestId", requestId)
                .header("MS-CorrelationId", correlationId)
                .header("X-Locale", "en-US")
                .header("MS-Contract-Version", "v1")
                .contentType(ContentType.JSON)
                .body(cartOf(barracuda(1)))
                .post(CartsEndpoint.CARTS, api.customer());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("MS-RequestId")).isEqualTo(requestId);
        assertThat(created.header("MS-CorrelationId")).isEqualTo(correlationId);
    }

    @Test
    void theIdsAreEchoedOnErrorsToo() {
        String requestId = UUID.randomUUID().toString();
        String correlationId = UUID.randomUUID().toString();

        Response missing = api.request()
                .header("MS-RequestId", requestId)
                .header("MS-CorrelationId", correlationId)
                .get(CartsEndpoint.CART, api.customer(), UUID.randomUUID());
        Response anonymous = api.anonymousRequest()
                .header("MS-RequestId", requestId)
                .get(CartsEndpoint.CART, api.customer(), UUID.randomUUID());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.header("MS-RequestId")).isEqualTo(requestId);
        assertThat(missing.header("MS-CorrelationId")).isEqualTo(correlationId);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.header("MS-RequestId")).isEqualTo(requestId);
    }

    @Test
    void missingIdsAreGenerated() {
        Response read = api.request().get(CartsEndpoint.CART, api.customer(), UUID.randomUUID());

        assertThat(read.header("MS-RequestId")).as("a generated MS-RequestId").isNotBlank();
        assertThat(read.header("MS-CorrelationId"))
                .as("a generated MS-CorrelationId")
                .isNotBlank();
    }
}
