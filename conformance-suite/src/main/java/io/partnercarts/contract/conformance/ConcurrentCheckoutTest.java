package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercarts.contract.AtOnce;
import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.SameAnswer;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Sixteen checkouts of one cart at once produce exactly one set of orders, the same answer to every 201. */
class ConcurrentCheckoutTest {
    private static final int CHECKOUTS = 16;

    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void sixteenConcurrentCheckoutsOfOneCartPlaceOneSetOfOrders() throws Exception {
        String id = api.createdCartId(CartBodies.seed());

        List<Response> responses = checkOutAtOnce(id);

        JsonNode firstResult = null;
        int first = -1;
        for (int i = 0; i < responses.size(); i++) {
            Response response = responses.get(i);
            if (response.statusCode() == 409) {
                assertFault(response, 409, 800064);
            } else {
                assertThat(response.statusCode())
                        .as("status of %s", response.asString())
                        .isEqualTo(201);
                JsonNode answer = SameAnswer.checkoutResult(response);
                if (firstResult == null) {
                    firstResult = answer;
                    first = i;
                } else {
                    SameAnswer.assertSame(
                            String.format(
                                    "the answer of checkout %d of %d at once (expected: checkout %d's)",
                                    i + 1, CHECKOUTS, first + 1),
                            answer,
                            firstResult);
                }
            }
        }
        assertThat(firstResult)
                .as("a checkout of the %d at once that answered 201", CHECKOUTS)
                .isNotNull();
        JsonNode result = SameAnswer.checkoutResult(api.checkout(id));
        SameAnswer.assertSame("a checkout afterwards", result, firstResult);
        assertThat(result.path("orders")).as("orders of the seed cart").hasSize(3);
    }

    private List<Response> checkOutAtOnce(String id) throws Exception {
        List<Callable<Response>> checkouts = new ArrayList<>();
        for (int i = 0; i < CHECKOUTS; i++) {
            checkouts.add(() -> api.checkout(id));
        }
        return AtOnce.run(checkouts);
    }
}
