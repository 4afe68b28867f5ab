package io.partnercarts.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.partnercarts.server.api.model.CartLineItem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The limits of a line item's provisioningContext, which no generated annotation carries, are enforced
 * by the server's constraint mapping (META-INF/validation) at exactly the contract's values, and lengths
 * count characters as the contract does.
 */
class ContractLimitsTest {
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();
    private static final JsonNode CONTEXT =
            contract().at("/components/schemas/CartLineItem/properties/provisioningContext");

    @Test
    void aKeyMayBeAsLongAsTheContractSaysAndNoLonger() {
        int max = CONTEXT.get("x-key-max-length").asInt();

        assertThat(violationsOf(Map.of("k".repeat(max), "v"))).isEmpty();
        assertThat(violationsOf(Map.of("k".repeat(max + 1), "v"))).hasSize(1);
    }

    @Test
    void aValueMayBeAsLongAsTheContractSaysAndNoLonger() {
        int max = CONTEXT.at("/additionalProperties/maxLength").asInt();

        assertThat(violationsOf(Map.of("scope", "v".repeat(max)))).isEmpty();
        assertThat(violationsOf(Map.of("scope", "v".repeat(max + 1)))).hasSize(1);
    }

    @Test
    void theContextMayHaveAsManyEntriesAsTheContractSaysAndNoMore() {
        int max = CONTEXT.get("maxProperties").asInt();

        assertThat(violationsOf(entries(max))).isEmpty();
        assertThat(violationsOf(entries(max + 1))).hasSize(1);
    }

    @Test
    void aLengthCountsCharactersAsTheContractDoesNotUtf16Units() {
        int max = CONTEXT.at("/additionalProperties/maxLength").asInt();
        String cart = "\uD83D\uDED2";

        assertThat(violationsOf(Map.of("scope", cart.repeat(max)))).isEmpty();
        assertThat(violationsOf(Map.of("scope", cart.repeat(max + 1)))).hasSize(1);
    }

    private static Set<ConstraintViolation<CartLineItem>> violationsOf(Map<String, String> context) {
        CartLineItem item = new CartLineItem()
                .catalogItemId("CFQ7TTC0LH18:0001:CFQ7TTC0K5BF")
                .quantity(1)
                .provisioningContext(context);
        return VALIDATOR.validateProperty(item, "provisioningContext");
    }

    private static Map<String, String> entries(int count) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put("key" + i, "value");
        }
        return entries;
    }

    private static JsonNode contract() {
        try (InputStream yaml = ContractLimitsTest.class.getResourceAsStream("/openapi/partner-carts.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new IllegalStateException("The packaged contract cannot be read", e);
        }
    }
}
