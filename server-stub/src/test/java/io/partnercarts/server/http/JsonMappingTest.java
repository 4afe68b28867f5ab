package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.partnercarts.server.api.model.BillingCycleType;
import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.api.model.CartLineItem;
import io.partnercarts.server.api.model.CartStatus;
import io.partnercarts.server.api.model.ParticipantType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMappingTest {
    private final ObjectMapper mapper = JsonMapping.create();

    @Test
    void aCartIsWrittenInTheContractsOrderStartingWithItsId() throws Exception {
        Cart cart = new Cart()
                .id("b4c8fdea-cbe4-4d17-9576-13fcacbf9605")
                .status(CartStatus.ACTIVE)
                .lineItems(
                        List.of(new CartLineItem().id(0).catalogItemId("A:1:B").quantity(1)));

        String json = mapper.writeValueAsString(cart);

        assertThat(json)
                .startsWith("{\"id\":\"b4c8fdea-cbe4-4d17-9576-13fcacbf9605\",\"status\":\"Active\",\"lineItems\"");
    }

    @Test
    void aFractionIsNotReadAsAWholeNumber() {
        assertThatThrownBy(() -> mapper.readValue("{\"catalogItemId\":\"A\",\"quantity\":1.5}", CartLineItem.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"lineItems\":[null]}",
                "{\"lineItems\":[{\"participants\":[null]}]}",
                "{\"lineItems\":[{\"addonItems\":[null]}]}",
                "{\"lineItems\":[{\"addonItems\":[{\"participants\":[null]}]}]}",
                "{\"lineItems\":[{\"provisioningContext\":{\"scope\":null}}]}"
            })
    void aNullListElementOrMapValueIsRefusedWhereItIsRead(String body) {
        assertThatThrownBy(() -> mapper.readValue(body, Cart.class)).isInstanceOf(InvalidNullException.class);
    }

    @Test
    void aNullPropertyStillMeansNotSent() throws Exception {
        Cart cart = mapper.readValue(
                "{\"LineItems\":[{\"Participants\":null,\"ProvisioningContext\":null,"
                        + "\"AddonItems\":null,\"AttestationAccepted\":null}]}",
                Cart.class);

        assertThat(cart.getLineItems().get(0).getParticipants()).isNull();
        assertThat(cart.getLineItems().get(0).getAttestationAccepted()).isNull();
    }

    @Test
    void anyJsonIsStillReadWhereTheTypeIsOpenLikeTheCheckoutBody() throws Exception {
        assertThat(mapper.readValue("[null,{\"a\":null}]", Object.class))
                .asList()
                .hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"monthly", "Monthly", "MONTHLY", "mOnThLy"})
    void anEnumIsReadByItsWireValueInAnyAsciiCase(String value) throws Exception {
        CartLineItem line = mapper.readValue("{\"billingCycle\":\"" + value + "\"}", CartLineItem.class);

        assertThat(line.getBillingCycle()).isEqualTo(BillingCycleType.MONTHLY);
    }

    @Test
    void everyGeneratedEnumIsCaseInsensitive() throws Exception {
        CartLineItem line = mapper.readValue(
                "{\"billingCycle\":\"ONE_TIME\","
                        + "\"participants\":[{\"key\":\"Transaction_Reseller\",\"value\":\"1\"}]}",
                CartLineItem.class);

        assertThat(line.getBillingCycle()).isEqualTo(BillingCycleType.ONE_TIME);
        assertThat(line.getParticipants().get(0).getKey()).isEqualTo(ParticipantType.TRANSACTION_RESELLER);
        assertThat(mapper.readValue("\"active\"", CartStatus.class)).isEqualTo(CartStatus.ACTIVE);
    }

    /** {@code un\u212Anown} is spelt with the Kelvin sign, which Unicode lower-cases to an ASCII k. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"fortnightly\"",
                "\"\"",
                "\"OneTime\"",
                "\"one time\"",
                "\" monthly\"",
                "\"un\u212Anown\"",
                "1",
                "true",
                "{}",
                "[\"monthly\"]"
            })
    void anEnumValueThatIsNotOneOfTheWireValuesIsRefused(String value) {
        String json = "{\"billingCycle\":" + value + "}";

        assertThatThrownBy(() -> mapper.readValue(json, CartLineItem.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((MismatchedInputException) e).getTargetType())
                        .isEqualTo(BillingCycleType.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "1.0", "\"true\"", "\"false\"", "\"\"", "[]", "{}"})
    void aBooleanIsOnlyAJsonBoolean(String value) {
        assertThatThrownBy(() -> mapper.readValue("{\"attestationAccepted\":" + value + "}", CartLineItem.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"partnerOnRecordAttestationAccepted\":" + value + "}", Cart.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "\"1\"", "\"\"", "1.0", "1e3", "[1]"})
    void aWholeNumberIsOnlyAJsonInteger(String value) {
        assertThatThrownBy(() -> mapper.readValue("{\"quantity\":" + value + "}", CartLineItem.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "1.5"})
    void aStringIsOnlyAJsonString(String value) {
        assertThatThrownBy(() -> mapper.readValue("{\"catalogItemId\":" + value + "}", CartLineItem.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() ->
                        mapper.readValue("{\"provisioningContext\":{\"scope\":" + value + "}}", CartLineItem.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aLoneSurrogateEscapeIsReadAndWrittenBackAsTheSameEscape() throws Exception {
        CartLineItem line = mapper.readValue("{\"friendlyName\":\"a\\ud800b\"}", CartLineItem.class);

        assertThat(line.getFriendlyName()).isEqualTo("a\ud800b");
        assertThat(new String(mapper.writeValueAsBytes(line), StandardCharsets.UTF_8))
                .contains("\"friendlyName\":\"a\\uD800b\"");
    }
}
