package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.CartsEndpoint;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sixteen checkouts of one cart at once produce exactly one set of orders. */
class ConcurrentCheckoutTest {
    private static final int CHECKOUTS = 16;

    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void sixteenConcurrentCheckoutsOfOneCartPlaceOneSetOfOrders() throws Exception {
        String id = api.createdCartId(CartBodies.seed());

        List<Response> responses = checkOutAtOnce(id);

        Set<String> resultBodies = new HashSet<>();
        for (Response response : responses) {
            if (response.statusCode() == 409) {
                assertFault(response, 409, 800064);
            } else {
                assertThat(response.statusCode())
                        .as("status of %s", response.asString())
                        .isEqualTo(201);
                resultBodies.add(response.asString());
            }
        }
        assertThat(resultBodies).as("distinct successful answers").hasSize(1);
        JsonNode result = Json.of(api.checkout(id));
        assertThat(result.toString())
                .as("a checkout afterwards")
                .isEqualTo(Json.of(responses.stream()
                                .filter(r -> r.statusCode() == 201)
                                .findFirst()
                                .orElseThrow())
                        .toString());
        assertThat(result.path("orders")).as("orders of the seed cart").hasSize(3);
    }

    private List<Response> checkOutAtOnce(String id) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CHECKOUTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < CHECKOUTS; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return api.checkout(id);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> call : calls) {
                responses.add(call.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
