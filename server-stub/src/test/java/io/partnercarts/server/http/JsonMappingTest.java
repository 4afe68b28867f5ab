package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.api.model.CartLineItem;
import io.partnercarts.server.api.model.CartStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMappingTest {
    private final ObjectMapper mapper = JsonMapping.create();

    @Test
    void aCartIsWrittenInTheContractsOrderStartingWithItsId() throws Exception {
        Cart cart = new Cart().id("b4c8fdea-cbe4-4d17-9576-13fcacbf9605").status(CartStatus.ACTIVE)
                .lineItems(List.of(new CartLineItem().id(0).catalogItemId("A:1:B").quantity(1)));

        String json = mapper.writeValueAsString(cart);

        assertThat(json).startsWith("{\"id\":\"b4c8fdea-cbe4-4d17-9576-13fcacbf9605\",\"status\":\"Active\",\"lineItems\"");
    }

    @Test
    void aFractionIsNotReadAsAWholeNumber() {
        assertThatThrownBy(() -> mapper.readValue("{\"catalogItemId\":\"A\",\"quantity\":1.5}", CartLineItem.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"lineItems\":[null]}",
        "{\"lineItems\":[{\"participants\":[null]}]}",
        "{\"lineItems\":[{\"addonItems\":[null]}]}",
        "{\"lineItems\":[{\"addonItems\":[{\"participants\":[null]}]}]}",
        "{\"lineItems\":[{\"provisioningContext\":{\"scope\":null}}]}"})
    void aNullListElementOrMapValueIsRefusedWhereItIsRead(String body) {
        assertThatThrownBy(() -> mapper.readValue(body, Cart.class)).isInstanceOf(InvalidNullException.class);
    }

    @Test
    void aNullPropertyStillMeansNotSent() throws Exception {
        Cart cart = mapper.readValue("{\"LineItems\":[{\"Participants\":null,\"ProvisioningContext\":null,"
                + "\"AddonItems\":null,\"AttestationAccepted\":null}]}", Cart.class);

        assertThat(cart.getLineItems().get(0).getParticipants()).isNull();
        assertThat(cart.getLineItems().get(0).getAttestationAccepted()).isNull();
    }

    @Test
    void anyJsonIsStillReadWhereTheTypeIsOpenLikeTheCheckoutBody() throws Exception {
        assertThat(mapper.readValue("[null,{\"a\":null}]", Object.class)).asList().hasSize(2);
    }
}
