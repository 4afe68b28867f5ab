package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.http.LiveServer.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@link JsonMapping} reads leniently, and what it still refuses, over the real server. */
class JsonLeniencyHttpTest {
    @RegisterExtension
    static final LiveServer server = new LiveServer();

    @Test
    void theContractsCamelCaseCartIsCreated() {
        Answer answer = server.createCart(LiveServer.BARRACUDA_CART);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().at("/lineItems/0/billingCycle").asText()).isEqualTo("monthly");
    }

    @Test
    void pascalCasePropertiesAndEnumValuesAreAccepted() {
        Answer answer =
                server.createCart("{\"LineItems\":[{\"Id\":0,\"CatalogItemId\":\"DZH318Z0BXWC:0002:DZH318Z0BMRV\","
                        + "\"Quantity\":1,\"BillingCycle\":\"Monthly\",\"TermDuration\":\"P1M\"}]}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().at("/lineItems/0/catalogItemId").asText()).isEqualTo("DZH318Z0BXWC:0002:DZH318Z0BMRV");
        assertThat(answer.json().at("/lineItems/0/quantity").asInt()).isEqualTo(1);
        assertThat(answer.json().at("/lineItems/0/billingCycle").asText()).isEqualTo("monthly");
    }

    @Test
    void unknownPropertiesAreIgnored() {
        Answer answer = server.createCart("{\"extra\":true,\"lineItems\":[{\"id\":0,"
                + "\"catalogItemId\":\"DZH318Z0BXWC:0002:DZH318Z0BMRV\",\"quantity\":1,\"billingCycle\":\"monthly\","
                + "\"termDuration\":\"P1M\",\"whatever\":{\"nested\":[1,2]}}]}");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().has("extra")).isFalse();
        assertThat(answer.json().at("/lineItems/0").has("whatever")).isFalse();
    }

    @Test
    void aStringWhereAWholeNumberIsRequiredIsRefusedNamingTheProperty() {
        Answer answer = server.createCart(LiveServer.BARRACUDA_CART.replace("\"quantity\":1", "\"quantity\":\"one\""));

        answer.isFault(400, 800002, "Property 'lineItems[0].quantity' must be a whole number.");
        assertThat(answer.json().at("/data/0/property").asText()).isEqualTo("lineItems[0].quantity");
    }

    @Test
    void anEnumValueOutsideTheContractIsRefusedNamingTheProperty() {
        Answer answer = server.createCart(LiveServer.BARRACUDA_CART.replace("\"monthly\"", "\"weekly\""));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asInt()).isEqualTo(800002);
        assertThat(answer.json().path("description").asText())
                .startsWith("Property 'lineItems[0].billingCycle' must be one of ");
        assertThat(answer.json().at("/data/0/property").asText()).isEqualTo("lineItems[0].billingCycle");
    }
}
