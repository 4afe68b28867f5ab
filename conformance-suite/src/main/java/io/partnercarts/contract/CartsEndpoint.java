package io.partnercarts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.UUID;

/**
 * The cart operations of the implementation under test, over REST Assured. Every request carries the
 * target's bearer token and goes through the contract validator, so that whatever a test asserts, the
 * exchange itself also has to match the packaged contract; the last few are kept for a failure's report
 * ({@link ExchangeRecorder}).
 */
public final class CartsEndpoint {
    public static final String CARTS = "/customers/{customer-id}/carts";
    public static final String CART = CARTS + "/{cart-id}";
    public static final String CHECKOUT = CART + "/checkout";
    /** What the official .NET and Java SDKs and the PowerShell module send as the checkout body. */
    public static final String SDK_CHECKOUT_BODY = "\"success\"";

    private static CartsEndpoint shared;

    private final ContractTarget target;
    private final URI root;
    private final ContractValidation validation;

    private CartsEndpoint(ContractTarget target, URI root, ContractValidation validation) {
        this.target = target;
        this.root = root;
        this.validation = validation;
    }

    public static synchronized CartsEndpoint get() {
        if (shared == null) {
            ContractTarget target = ContractTarget.get();
            shared = new CartsEndpoint(
                    target,
                    target.baseUri(),
                    new ContractValidation(target.baseUri().getPath()));
        }
        return shared;
    }

    /**
     * The same operations sent to one instance of the target directly ({@link ContractTarget#instances()}),
     * not through its load balancer; validated the same way.
     */
    public CartsEndpoint on(URI instanceRoot) {
        if (!instanceRoot.getPath().equals(root.getPath())) {
            throw new IllegalArgumentException(instanceRoot + " is not under the API root " + root.getPath());
        }
        return new CartsEndpoint(target, instanceRoot, validation);
    }

    public ContractTarget target() {
        return target;
    }

    public UUID customer() {
        return target.customerId();
    }

    /** A request that follows the contract: the request and the response are validated. */
    public RequestSpecification request() {
        return authenticated().filter(validation.exchange());
    }

    /**
     * A request that breaks the contract on purpose (or that the contract describes only in prose, like the
     * .NET SDK's PascalCase): only the response is validated.
     */
    public RequestSpecification offContractRequest() {
        return authenticated().filter(validation.responseOnly());
    }

    /** A request without an Authorization header; only the response is validated. */
    public RequestSpecification anonymousRequest() {
        return base().filter(validation.responseOnly());
    }

    private RequestSpecification authenticated() {
        return base().header("Authorization", "Bearer " + target.token());
    }

    private RequestSpecification base() {
        return RestAssured.given()
                .baseUri(root.getScheme() + "://" + root.getAuthority())
                .basePath(root.getPath())
                .accept(ContentType.JSON)
                .filter(ExchangeRecorder.INSTANCE)
                .log()
                .ifValidationFails();
    }

    // ------------------------------------------------------------------ the operations, on the contract

    public Response createCart(String body) {
        return request().contentType(ContentType.JSON).body(body).post(CARTS, customer());
    }

    public Response getCart(String cartId) {
        return request().get(CART, customer(), cartId);
    }

    public Response updateCart(String cartId, String body) {
        return request().contentType(ContentType.JSON).body(body).put(CART, customer(), cartId);
    }

    /** Checks a cart out the way every official SDK does: the JSON string {@code "success"}. */
    public Response checkout(String cartId) {
        return request().contentType(ContentType.JSON).body(SDK_CHECKOUT_BODY).post(CHECKOUT, customer(), cartId);
    }

    /** A create whose body breaks the contract on purpose: only the answer is validated. */
    public Response createCartOffContract(String body) {
        return offContractRequest().contentType(ContentType.JSON).body(body).post(CARTS, customer());
    }

    /** An update whose body or cart id breaks the contract on purpose: only the answer is validated. */
    public Response updateCartOffContract(String cartId, String body) {
        return offContractRequest().contentType(ContentType.JSON).body(body).put(CART, customer(), cartId);
    }

    /** Creates a cart that must be created, and answers its id. */
    public String createdCartId(String body) {
        Response created = createCart(body);
        assertThat(created.statusCode())
                .as("create: status, body %s", created.asString())
                .isEqualTo(201);
        String id = created.path("id");
        assertThat(id).as("create: id").isNotBlank();
        return id;
    }
}
