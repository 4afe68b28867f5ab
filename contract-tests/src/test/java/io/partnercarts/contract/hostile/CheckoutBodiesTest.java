package io.partnercarts.contract.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.contract.Seed;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the hostile run tells a repeated checkout that answered another result ({@link CheckoutBodies}). */
class CheckoutBodiesTest {
    private static final JsonNode FIRST = Seed.CHECKOUT;

    @Test
    void aRepeatedCheckoutThatAnswersAnotherResultIsToldByWhereItDiffers() {
        AnswerCheck sameResult = CheckoutBodies.sameResultAs(FIRST.toString());
        ObjectNode orderedAgain = FIRST.deepCopy();
        ((ObjectNode) orderedAgain.path("orders").get(0)).put("id", "ordered-again");

        assertThat(sameResult.problem(answer(201, FIRST.toPrettyString()), FIRST))
                .as("the same result written otherwise")
                .isEmpty();
        assertThat(sameResult.problem(answer(409, "{\"code\":800064}"), FIRST))
                .as("a refusal")
                .isEmpty();
        assertThat(sameResult.problem(answer(201, orderedAgain.toString()), orderedAgain))
                .contains("a repeated checkout answered another result, differing in 1 place, first at /orders/0/id:"
                        + " expected \""
                        + FIRST.path("orders").get(0).path("id").asText()
                        + "\" but was \"ordered-again\"");
    }

    private static WireAnswer answer(int status, String body) {
        return new WireAnswer(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }
}
