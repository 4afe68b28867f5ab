package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.server.api.model.ApiFault;
import io.partnercarts.server.api.model.Cart;
import jakarta.ws.rs.core.Response;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The words of a refused body: which property is wrong and what it must be, never the parser's. */
class InvalidJsonMapperTest {
    private static final ObjectMapper MAPPER = JsonMapping.create();

    static Stream<Arguments> bodies() {
        String line = "{\"catalogItemId\":\"A:1:B\",\"quantity\":1,\"billingCycle\":\"monthly\"";
        return Stream.of(
                Arguments.of("{\"lineItems\":[null]}", "Property 'lineItems[0]' must be an object."),
                Arguments.of(
                        "{\"lineItems\":[" + line + ",\"participants\":[null]}]}",
                        "Property 'lineItems[0].participants[0]' must be an object."),
                Arguments.of(
                        "{\"lineItems\":[" + line + "},{\"addonItems\":[" + line + "},null]}]}",
                        "Property 'lineItems[1].addonItems[1]' must be an object."),
                Arguments.of(
                        "{\"lineItems\":[" + line + ",\"provisioningContext\":{\"scope\":null}}]}",
                        "Property 'lineItems[0].provisioningContext.scope' must be a string."),
                Arguments.of(
                        "{\"lineItems\":[" + line.replace("monthly", "Fortnightly") + "}]}",
                        "Property 'lineItems[0].billingCycle' must be one of unknown, monthly, annual, none, "
                                + "one_time, triennial, biennial."),
                Arguments.of(
                        "{\"lineItems\":[" + line + ",\"attestationAccepted\":1}]}",
                        "Property 'lineItems[0].attestationAccepted' must be true or false."),
                Arguments.of(
                        "{\"partnerOnRecordAttestationAccepted\":\"true\",\"lineItems\":[" + line + "}]}",
                        "Property 'partnerOnRecordAttestationAccepted' must be true or false."),
                Arguments.of(
                        "{\"lineItems\":[" + line.replace(":1,", ":true,") + "}]}",
                        "Property 'lineItems[0].quantity' must be a whole number."),
                Arguments.of(
                        "{\"lineItems\":[" + line.replace(":1,", ":99999999999,") + "}]}",
                        "Property 'lineItems[0].quantity' must be a whole number from -2147483648 to 2147483647."),
                Arguments.of(
                        "{\"lineItems\":[" + line.replace(":1,", ":" + "9".repeat(1500) + ",") + "}]}",
                        "The request body holds a number, a string or a nesting of arrays and objects longer "
                                + "or deeper than the service reads."),
                Arguments.of("{\"lineItems\":[" + line + ",}]}", "The request body is not valid JSON."));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void namesThePropertyAndWhatItMustBe(String body, String description) {
        JsonProcessingException refused =
                catchThrowableOfType(JsonProcessingException.class, () -> MAPPER.readValue(body, Cart.class));

        Response response = new InvalidJsonMapper().toResponse(refused);

        assertThat(response.getStatus()).isEqualTo(400);
        ApiFault fault = (ApiFault) response.getEntity();
        assertThat(fault.getCode()).isEqualTo(800002);
        assertThat(fault.getDescription()).isEqualTo(description);
    }
}
