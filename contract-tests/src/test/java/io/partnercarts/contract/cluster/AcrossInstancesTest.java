package io.partnercarts.contract.cluster;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static io.partnercarts.contract.CartBodies.misbehaving;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.contract.AtOnce;
import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.ContractStore;
import io.partnercarts.contract.ContractTarget;
import io.partnercarts.contract.InProcessTarget;
import io.partnercarts.contract.MisbehavingOffer;
import io.partnercarts.contract.processes.RoundRobinBalancer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database keep Partner Center's promises together (issue 11): a cart
 * written on one is read, updated and checked out on the other; concurrent checkouts of one cart spread over
 * both instances (each addressed directly, not through the load balancer) place one set of orders, every
 * answer being that one result or 409 {@code 800064}; concurrent creates with one {@code MS-RequestId} over
 * both make one cart. And the load balancer in front of them, which the conformance suite goes through in
 * the same execution, does send consecutive requests to different instances.
 *
 * <p>Runs in the {@code postgres-pair} execution only (tag {@value #TAG}); it fails, rather than proving
 * nothing, against a target of one instance.
 */
@Tag(AcrossInstancesTest.TAG)
class AcrossInstancesTest {
    public static final String TAG = "across-instances";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Carts raced in each test, and requests per cart: as many on each instance. */
    private static final int CARTS = 4;

    private static final int REQUESTS_PER_CART = 12;

    private static final CartsEndpoint API = CartsEndpoint.get();
    private static List<CartsEndpoint> instances;

    @BeforeAll
    static void twoInstances() {
        ContractTarget target = API.target();
        assertThat(target.instances())
                .as(
                        "instances of the target: this test needs -Dcontract.store=%s",
                        ContractStore.POSTGRES_PAIR.property())
                .hasSizeGreaterThanOrEqualTo(2);
        instances = target.instances().stream().map(API::on).toList();
    }

    @Test
    void consecutiveRequestsThroughTheLoadBalancerLandOnDifferentInstances() throws Exception {
        RoundRobinBalancer balancer = InProcessTarget.started()
                .flatMap(InProcessTarget.Sandbox::balancer)
                .orElseThrow();
        String id = API.createdCartId(cartOf(barracuda(1)));
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 2 * instances.size(); i++) {
            String requestId = UUID.randomUUID().toString();
            Response read = API.request().header("MS-RequestId", requestId).get(CartsEndpoint.CART, API.customer(), id);
            assertThat(read.statusCode())
                    .as("read %d through the load balancer", i)
                    .isEqualTo(200);
            answeredBy.add(loggedInstance(balancer, requestId));
        }

        Set<String> expected = new LinkedHashSet<>();
        API.target().instances().forEach(instance -> expected.add(instance.getHost() + ":" + instance.getPort()));
        assertThat(new LinkedHashSet<>(answeredBy))
                .as("instances that answered")
                .isEqualTo(expected);
        for (int i = 1; i < answeredBy.size(); i++) {
            assertThat(answeredBy.get(i))
                    .as("request %d after request %d (%s)", i, i - 1, answeredBy)
                    .isNotEqualTo(answeredBy.get(i - 1));
        }
    }

    @Test
    void aCartWrittenOnOneInstanceIsTheSameCartOnTheOther() {
        CartsEndpoint one = instances.get(0);
        CartsEndpoint other = instances.get(1);

        String id = one.createdCartId(cartOf(barracuda(1)));
        assertThat(json(other.getCart(id)))
                .as("created on one, read on the other")
                .isEqualTo(json(one.getCart(id)));

        Response updated = other.updateCart(id, cartOf(barracuda(3)));
        assertThat(updated.statusCode())
                .as("update on the other: %s", updated.asString())
                .isEqualTo(200);
        assertThat(json(one.getCart(id)))
                .as("updated on the other, read on one")
                .isEqualTo(json(updated));

        Response checkedOut = one.checkout(id);
        assertThat(checkedOut.statusCode())
                .as("checkout: %s", checkedOut.asString())
                .isEqualTo(201);
        assertThat(other.checkout(id).asString())
                .as("the checkout repeated on the other instance")
                .isEqualTo(checkedOut.asString());
        assertFault(other.updateCart(id, cartOf(barracuda(5))), 400, 800002);
        assertThat(json(other.getCart(id)).path("status").asText()).isEqualTo("Ordered");
        assertThat(json(one.getCart(id))).as("the ordered cart, on both").isEqualTo(json(other.getCart(id)));
    }

    @Test
    void concurrentCheckoutsOfOneCartOverBothInstancesPlaceOneSetOfOrders() throws Exception {
        for (int cart = 0; cart < CARTS; cart++) {
            String id = API.createdCartId(CartBodies.seed());
            raceCheckouts(id, 3);
        }
    }

    /** With a group (one, monthly) that provisions for seconds, the other checkouts certainly find the first one running. */
    @Test
    void concurrentCheckoutsOfACartStillProvisioningAreRefusedOnBothInstances() throws Exception {
        String slow = API.target().offer(MisbehavingOffer.SLOW).orElseThrow();
        String id = API.createdCartId(cartOf(misbehaving(slow, MisbehavingOffer.SLOW), barracuda(1)));

        List<Response> answers = raceCheckouts(id, 1);

        assertThat(answers.stream().filter(answer -> answer.statusCode() == 409))
                .as("checkouts refused while the first provisioned")
                .isNotEmpty();
    }

    @Test
    void concurrentCreatesWithOneRequestIdOverBothInstancesMakeOneCart() throws Exception {
        for (int round = 0; round < CARTS; round++) {
            String requestId = UUID.randomUUID().toString();
            String body = cartOf(barracuda(round + 1));
            List<Response> answers = atOnce(instance -> () -> instance.request()
                    .header("MS-RequestId", requestId)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post(CartsEndpoint.CARTS, API.customer()));

            Set<String> bodies = new LinkedHashSet<>();
            for (Response answer : answers) {
                assertThat(answer.statusCode())
                        .as("a create with MS-RequestId %s: %s", requestId, answer.asString())
                        .isEqualTo(201);
                bodies.add(json(answer).toString());
            }
            assertThat(bodies).as("distinct answers to one MS-RequestId").hasSize(1);
            String id = answers.get(0).path("id");
            for (CartsEndpoint instance : instances) {
                assertThat(json(instance.getCart(id)).toString())
                        .as("the one cart, read on each instance")
                        .isEqualTo(bodies.iterator().next());
            }
        }
    }

    /**
     * {@link #REQUESTS_PER_CART} checkouts of {@code id} at once, as many on each instance; every answer is the
     * one result or 409 {@code 800064}, and a checkout on each instance afterwards answers that result.
     */
    private static List<Response> raceCheckouts(String id, int orders) throws Exception {
        List<Response> answers = atOnce(instance -> () -> instance.checkout(id));

        Set<String> results = new LinkedHashSet<>();
        for (Response answer : answers) {
            if (answer.statusCode() == 409) {
                assertFault(answer, 409, 800064);
            } else {
                assertThat(answer.statusCode())
                        .as("a checkout of %s: %s", id, answer.asString())
                        .isEqualTo(201);
                results.add(answer.asString());
            }
        }
        String result =
                results.isEmpty() ? finishedCheckout(id) : results.iterator().next();
        assertThat(results).as("distinct successful answers for cart %s", id).hasSizeLessThanOrEqualTo(1);
        JsonNode placed = JSON.readTree(result);
        assertThat(placed.path("orders"))
                .as("orders of cart %s: %s", id, result)
                .hasSize(orders);
        assertThat(placed.path("orderErrors")).as("order errors of cart %s", id).isEmpty();
        for (CartsEndpoint instance : instances) {
            assertThat(instance.checkout(id).asString())
                    .as("a checkout of %s afterwards, on each instance", id)
                    .isEqualTo(result);
            assertThat(json(instance.getCart(id)).path("status").asText()).isEqualTo("Ordered");
        }
        return answers;
    }

    /** The result of a checkout that every raced request found running: the one that ran has finished since. */
    private static String finishedCheckout(String id) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Response answer = instances.get(attempt % instances.size()).checkout(id);
            if (answer.statusCode() == 201) {
                return answer.asString();
            }
            assertFault(answer, 409, 800064);
            Thread.sleep(100);
        }
        throw new AssertionError("the checkout of " + id + " never finished");
    }

    /** {@link #REQUESTS_PER_CART} requests released together, spread evenly over the instances. */
    private static List<Response> atOnce(Function<CartsEndpoint, Callable<Response>> request) throws Exception {
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_CART; i++) {
            calls.add(request.apply(instances.get(i % instances.size())));
        }
        return AtOnce.run(calls);
    }

    /** nginx logs a request once it has answered it: the line may come a moment after the response. */
    private static String loggedInstance(RoundRobinBalancer balancer, String requestId) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            Optional<String> instance = balancer.instanceOf(requestId);
            if (instance.isPresent()) {
                return instance.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nginx logged no request with MS-RequestId " + requestId);
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }
}
