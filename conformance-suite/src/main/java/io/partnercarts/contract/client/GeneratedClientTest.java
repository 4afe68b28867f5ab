package io.partnercarts.contract.client;

import static io.partnercarts.contract.Seed.AZURE;
import static io.partnercarts.contract.Seed.BARRACUDA;
import static io.partnercarts.contract.Seed.BIZTALK;
import static io.partnercarts.contract.Seed.RI_1Y;
import static io.partnercarts.contract.Seed.RI_3Y;
import static io.partnercarts.contract.Seed.RI_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.client.ApiClient;
import io.partnercarts.client.ApiException;
import io.partnercarts.client.ApiResponse;
import io.partnercarts.client.api.CartsApi;
import io.partnercarts.client.model.ApiFault;
import io.partnercarts.client.model.BillingCycleType;
import io.partnercarts.client.model.Cart;
import io.partnercarts.client.model.CartCheckoutResult;
import io.partnercarts.client.model.CartLineItem;
import io.partnercarts.client.model.CartStatus;
import io.partnercarts.client.model.Order;
import io.partnercarts.client.model.OrderLineItem;
import io.partnercarts.client.model.OrderStatus;
import io.partnercarts.client.model.OrderTransactionType;
import io.partnercarts.contract.ContractTarget;
import io.partnercarts.contract.Seed;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from the contract drives the server: the seed scenario end to end
 * (create, get, update, checkout, get) through {@link CartsApi}, plus the typed error of an unknown cart.
 *
 * <p>The target is {@link ContractTarget}: the in-process server, or {@code -Dcontract.baseUrl}.
 */
class GeneratedClientTest {

    private ContractTarget target;
    private UUID customer;
    private ApiClient apiClient;
    private CartsApi carts;
    /** What the client last put on the wire: method, URI, headers, body. */
    private final AtomicReference<SentRequest> lastRequest = new AtomicReference<>();

    record SentRequest(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue()))
                    .findFirst()
                    .orElse(null);
        }
    }

    @BeforeEach
    void client() {
        target = ContractTarget.get();
        customer = target.customerId();
        apiClient = new ApiClient();
        apiClient.setBasePath(target.baseUri().toString());
        apiClient.setBearerToken(target.token());
        apiClient.getHttpClient().register(new Recorder(lastRequest));
        carts = new CartsApi(apiClient);
    }

    /** The contract's {@code SeedCartRequest} example, as the generated client's model. */
    static Cart seedCart() {
        try {
            return new ObjectMapper().treeToValue(Seed.REQUEST, Cart.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("SeedCartRequest does not map onto the client's Cart", e);
        }
    }

    /** The term of the seed request's line {@code index}; null for a perpetual offer. */
    private static String seedTerm(int index) {
        JsonNode term = Seed.requestLine(index).path("termDuration");
        return term.isTextual() ? term.asText() : null;
    }

    /** The provisioning context of the seed request's line {@code index}. */
    private static Map<String, String> seedContext(int index) {
        Map<String, String> context = new java.util.LinkedHashMap<>();
        Seed.requestLine(index)
                .path("provisioningContext")
                .fields()
                .forEachRemaining(e -> context.put(e.getKey(), e.getValue().asText()));
        return context;
    }

    // ------------------------------------------------------------------ the seed scenario

    @Test
    void seedScenarioCreateGetUpdateCheckoutGet() {
        // create
        String requestId = UUID.randomUUID().toString();
        ApiResponse<Cart> createdResponse =
                call("create", () -> carts.createCartWithHttpInfo(customer, seedCart(), requestId, null, null, null));
        assertThat(createdResponse.getStatusCode()).as("create: status").isEqualTo(201);
        assertThat(header(createdResponse, "MS-RequestId"))
                .as("create: MS-RequestId echoed")
                .isEqualTo(requestId);
        Cart created = createdResponse.getData();
        assertThat(created).as("create: body").isNotNull();
        assertThat(created.getId()).as("create: id").isNotBlank();
        UUID cartId = parseUuid("create: id", created.getId());
        assertThat(created.getStatus()).as("create: status").isEqualTo(CartStatus.ACTIVE);
        assertThat(created.getLineItems())
                .as("create: line items")
                .hasSize(Seed.lineIds().size());
        assertThat(created.getLineItems())
                .extracting(CartLineItem::getId)
                .as("create: item ids")
                .containsExactlyElementsOf(Seed.lineIds());
        assertThat(created.getLineItems())
                .extracting(CartLineItem::getCatalogItemId)
                .as("create: catalog items")
                .containsExactlyElementsOf(Seed.catalogItemIds());
        assertThat(created.getLineItems())
                .extracting(CartLineItem::getOrderGroup)
                .as("create: order groups")
                .containsExactlyElementsOf(Seed.orderGroups());
        assertThat(created.getLineItems())
                .extracting(CartLineItem::getCurrencyCode)
                .as("create: currencies")
                .containsOnly("USD");
        assertThat(created.getLineItems())
                .extracting(CartLineItem::getError)
                .as("create: item errors")
                .containsOnlyNulls();
        assertThat(created.getLineItems().get(1).getProvisioningContext())
                .as("create: RI 1Y provisioning context")
                .containsExactlyInAnyOrderEntriesOf(seedContext(1));
        assertThat(created.getCreationTimestamp())
                .as("create: creationTimestamp")
                .isNotNull();
        assertThat(created.getExpirationTimestamp())
                .as("create: expirationTimestamp 7 days after creation")
                .isEqualTo(created.getCreationTimestamp().plus(Duration.ofDays(7)));

        // get
        ApiResponse<Cart> fetchedResponse =
                call("get", () -> carts.getCartWithHttpInfo(customer, cartId, null, null, null, null));
        assertThat(fetchedResponse.getStatusCode()).as("get: status").isEqualTo(200);
        Cart fetched = fetchedResponse.getData();
        assertThat(fetched).as("get: the cart as created").isEqualTo(created);

        // update: the Barracuda seats 1 -> 3, the rest of the cart sent back as read
        CartLineItem barracudaBefore = item(fetched, BARRACUDA);
        assertThat(barracudaBefore.getQuantity())
                .as("update: Barracuda quantity before")
                .isEqualTo(1);
        // The contract's seed cart prices every modern item (only the legacy Azure line has no pricing).
        assertThat(barracudaBefore.getPricing())
                .as("update: Barracuda pricing before")
                .isNotNull();
        Double priceBefore = barracudaBefore.getPricing().getPrice();
        Double extendedBefore = barracudaBefore.getPricing().getExtendedPrice();
        assertThat(priceBefore).as("update: Barracuda price before").isNotNull();
        assertThat(extendedBefore)
                .as("update: Barracuda extendedPrice before = 1 x price")
                .isEqualTo(priceBefore);
        barracudaBefore.setQuantity(3);
        ApiResponse<Cart> updatedResponse =
                call("update", () -> carts.updateCartWithHttpInfo(customer, cartId, fetched, null, null, null, null));
        assertThat(updatedResponse.getStatusCode()).as("update: status").isEqualTo(200);
        Cart updated = updatedResponse.getData();
        assertThat(updated.getId()).as("update: id unchanged").isEqualTo(created.getId());
        assertThat(updated.getStatus()).as("update: status").isEqualTo(CartStatus.ACTIVE);
        assertThat(updated.getLineItems())
                .extracting(CartLineItem::getCatalogItemId)
                .as("update: catalog items")
                .containsExactlyElementsOf(Seed.catalogItemIds());
        assertThat(updated.getLineItems())
                .extracting(CartLineItem::getOrderGroup)
                .as("update: order groups")
                .containsExactlyElementsOf(Seed.orderGroups());
        CartLineItem barracuda = item(updated, BARRACUDA);
        assertThat(barracuda.getQuantity()).as("update: Barracuda quantity").isEqualTo(3);
        assertThat(barracuda.getError()).as("update: Barracuda error").isNull();
        assertThat(barracuda.getPricing()).as("update: Barracuda pricing").isNotNull();
        assertThat(barracuda.getPricing().getExtendedPrice())
                .as("update: Barracuda extendedPrice")
                .isNotNull()
                .isNotEqualTo(extendedBefore);
        assertThat(barracuda.getPricing().getPrice())
                .as("update: Barracuda price (per unit, unchanged)")
                .isNotNull()
                .isEqualTo(priceBefore);
        assertThat(barracuda.getPricing().getExtendedPrice())
                .as("update: extendedPrice = 3 x price")
                .isEqualTo(3 * barracuda.getPricing().getPrice());
        assertThat(updated.getCreationTimestamp())
                .as("update: creationTimestamp unchanged")
                .isEqualTo(created.getCreationTimestamp());

        // checkout, with the body every official SDK sends
        ApiResponse<CartCheckoutResult> checkoutResponse = call(
                "checkout", () -> carts.checkoutCartWithHttpInfo(customer, cartId, null, null, null, null, "success"));
        SentRequest sent = lastRequest.get();
        assertThat(sent.body()).as("checkout: body on the wire").isEqualTo("\"success\"");
        assertThat(sent.header("Content-Type")).as("checkout: Content-Type").startsWith("application/json");
        assertThat(sent.header("Authorization")).as("checkout: Authorization").isEqualTo("Bearer " + target.token());
        assertThat(checkoutResponse.getStatusCode()).as("checkout: status").isEqualTo(201);
        CartCheckoutResult result = checkoutResponse.getData();
        assertSeedOrders(result, 3);

        // get: the cart is now Ordered
        Cart ordered = call("get after checkout", () -> carts.getCart(customer, cartId, null, null, null, null));
        assertThat(ordered.getStatus()).as("get after checkout: status").isEqualTo(CartStatus.ORDERED);
        assertThat(ordered.getId()).isEqualTo(created.getId());

        // a repeated checkout answers the first result
        CartCheckoutResult again = call(
                "repeated checkout", () -> carts.checkoutCart(customer, cartId, null, null, null, null, "success"));
        assertThat(again.getOrders())
                .extracting(Order::getId)
                .as("repeated checkout: order ids")
                .containsExactlyElementsOf(
                        result.getOrders().stream().map(Order::getId).toList());
    }

    private void assertSeedOrders(CartCheckoutResult result, int barracudaSeats) {
        assertThat(result).as("checkout: body").isNotNull();
        assertThat(result.getOrderErrors())
                .as("checkout: orderErrors")
                .isNotNull()
                .isEmpty();
        assertThat(result.getOrders()).as("checkout: orders").hasSize(3);

        for (Order order : result.getOrders()) {
            String what = "order " + order.getId();
            assertThat(order.getId()).as(what + ": id").isNotBlank();
            assertThat(order.getReferenceCustomerId())
                    .as(what + ": referenceCustomerId")
                    .isEqualToIgnoringCase(customer.toString());
            assertThat(order.getCurrencyCode()).as(what + ": currencyCode").isEqualTo("USD");
            assertThat(order.getCurrencySymbol()).as(what + ": currencySymbol").isEqualTo("$");
            assertThat(order.getTransactionType())
                    .as(what + ": transactionType")
                    .isEqualTo(OrderTransactionType.USER_PURCHASE);
            assertThat(order.getCreationDate()).as(what + ": creationDate").isNotNull();
            assertThat(order.getLineItems())
                    .extracting(OrderLineItem::getLineItemNumber)
                    .as(what + ": line item numbers from 0")
                    .containsExactlyElementsOf(
                            IntStream.range(0, order.getLineItems().size())
                                    .boxed()
                                    .toList());
        }

        Order legacy = orderWith(result, AZURE);
        assertThat(legacy.getBillingCycle()).as("legacy order: billingCycle").isEqualTo(BillingCycleType.MONTHLY);
        assertThat(legacy.getStatus()).as("legacy order: status").isEqualTo(OrderStatus.COMPLETED);
        assertThat(legacy.getLineItems()).as("legacy order: line items").hasSize(1);
        OrderLineItem azure = legacy.getLineItems().get(0);
        assertThat(azure.getOfferId()).isEqualTo(AZURE);
        assertThat(azure.getQuantity()).as("legacy order: quantity").isEqualTo(1);
        assertThat(azure.getTermDuration()).as("legacy order: termDuration").isEqualTo(seedTerm(0));
        assertThat(azure.getSubscriptionId()).as("legacy order: subscriptionId").isNotBlank();

        Order oneTime = orderWith(result, RI_1Y);
        assertThat(oneTime.getBillingCycle()).as("one_time order: billingCycle").isEqualTo(BillingCycleType.ONE_TIME);
        assertThat(oneTime.getStatus()).as("one_time order: status").isEqualTo(OrderStatus.PENDING);
        assertThat(lines(oneTime))
                .as("one_time order: line items")
                .containsExactly(
                        tuple(0, RI_1Y, Seed.friendlyName(RI_1Y), 1, seedTerm(1)),
                        tuple(1, RI_3Y, Seed.friendlyName(RI_3Y), 1, seedTerm(2)),
                        tuple(2, BIZTALK, Seed.friendlyName(BIZTALK), 1, seedTerm(3)));
        assertThat(oneTime.getLineItems().get(0).getProvisioningContext())
                .as("one_time order: RI provisioning context")
                .containsEntry("subscriptionId", RI_SUBSCRIPTION)
                .containsEntry("duration", seedContext(1).get("duration"));
        assertTotalIsSumOfLines(oneTime);

        Order monthly = orderWith(result, BARRACUDA);
        assertThat(monthly.getBillingCycle()).as("monthly order: billingCycle").isEqualTo(BillingCycleType.MONTHLY);
        assertThat(monthly.getStatus()).as("monthly order: status").isEqualTo(OrderStatus.PENDING);
        assertThat(lines(monthly))
                .as("monthly order: line items")
                .containsExactly(tuple(0, BARRACUDA, Seed.friendlyName(BARRACUDA), barracudaSeats, seedTerm(4)));
        assertTotalIsSumOfLines(monthly);

        assertThat(List.of(legacy.getId(), oneTime.getId(), monthly.getId()))
                .as("three distinct orders")
                .doesNotHaveDuplicates();
    }

    /** Each line of an order as (number, offer, friendly name, quantity, term). */
    private static List<Tuple> lines(Order order) {
        return order.getLineItems().stream()
                .map(line -> tuple(
                        line.getLineItemNumber(),
                        line.getOfferId(),
                        line.getFriendlyName(),
                        line.getQuantity(),
                        line.getTermDuration()))
                .toList();
    }

    /** A modern order: every line is priced and the order has a total, as in the contract's seed orders. */
    private static void assertTotalIsSumOfLines(Order order) {
        assertThat(order.getLineItems())
                .extracting(OrderLineItem::getPricing)
                .as("order %s: every line has pricing", order.getId())
                .doesNotContainNull();
        assertThat(order.getLineItems())
                .extracting(l -> l.getPricing().getExtendedPrice())
                .as("order %s: every line has an extendedPrice", order.getId())
                .doesNotContainNull();
        assertThat(order.getTotalPrice())
                .as("order %s: totalPrice", order.getId())
                .isNotNull();
        double sum = order.getLineItems().stream()
                .mapToDouble(l -> l.getPricing().getExtendedPrice())
                .sum();
        assertThat(order.getTotalPrice())
                .as("order %s: totalPrice = sum of extendedPrice", order.getId())
                .isCloseTo(sum, org.assertj.core.data.Offset.offset(0.005));
    }

    // ------------------------------------------------------------------ bodies and errors

    @Test
    void checkoutWithoutABodyWorksToo() {
        Cart created = call("create", () -> carts.createCart(customer, seedCart(), null, null, null, null));
        UUID cartId = parseUuid("create: id", created.getId());

        ApiResponse<CartCheckoutResult> response = call(
                "checkout without body",
                () -> carts.checkoutCartWithHttpInfo(customer, cartId, null, null, null, null, null));
        // The generated client marks this body nullable and sends a JSON null for a null argument.
        assertThat(lastRequest.get().body()).as("checkout: body on the wire").isEqualTo("null");
        assertThat(response.getStatusCode()).as("checkout: status").isEqualTo(201);
        assertSeedOrders(response.getData(), 1);
    }

    @Test
    void anUnknownCartIsA404WithAnIntegerApiFaultCode() throws Exception {
        UUID unknown = UUID.randomUUID();

        ApiException e = catchThrowableOfType(
                ApiException.class, () -> carts.getCart(customer, unknown, null, null, null, null));

        assertThat(e).as("getCart of an unknown cart throws ApiException").isNotNull();
        assertThat(e.getCode()).as("HTTP status").isEqualTo(404);
        assertThat(e.getResponseBody()).as("response body").isNotBlank();

        JsonNode raw = new ObjectMapper().readTree(e.getResponseBody());
        assertThat(raw.path("code").isInt())
                .as("code is a JSON integer in %s", e.getResponseBody())
                .isTrue();

        ApiFault fault = apiClient.getJSON().getMapper().readValue(e.getResponseBody(), ApiFault.class);
        assertThat(fault.getCode()).as("ApiFault.code").isEqualTo(800008);
        assertThat(fault.getDescription()).as("ApiFault.description").isNotBlank();
        assertThat(fault.getSource()).as("ApiFault.source").isNotBlank();

        assertThat(e.getErrorEntity()).as("typed error entity").isInstanceOf(ApiFault.class);
        assertThat(((ApiFault) e.getErrorEntity()).getCode()).isEqualTo(800008);
    }

    @Test
    void anUnknownCartOnCheckoutIsA404Too() {
        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> carts.checkoutCart(customer, UUID.randomUUID(), null, null, null, null, "success"));

        assertThat(e).as("checkoutCart of an unknown cart throws ApiException").isNotNull();
        assertThat(e.getCode()).as("HTTP status, body %s", e.getResponseBody()).isEqualTo(404);
        assertThat(e.getErrorEntity()).isInstanceOf(ApiFault.class);
        assertThat(((ApiFault) e.getErrorEntity()).getCode()).isEqualTo(800008);
    }

    // ------------------------------------------------------------------ helpers

    interface ApiCall<T> {
        T run() throws ApiException;
    }

    /** Runs one step; an ApiException fails the test with the step, the status and the body. */
    private <T> T call(String step, ApiCall<T> action) {
        try {
            return action.run();
        } catch (ApiException e) {
            SentRequest sent = lastRequest.get();
            return fail(
                    "%s: HTTP %d %s%n  request: %s %s%n  body sent: %s",
                    step,
                    e.getCode(),
                    e.getResponseBody(),
                    sent == null ? "?" : sent.method(),
                    sent == null ? "?" : sent.uri(),
                    sent == null ? "?" : sent.body(),
                    e);
        }
    }

    /** The contract's GUID form, 8-4-4-4-12 hex digits of either case; UUID.fromString alone also takes "1-1-1-1-1". */
    private static UUID parseUuid(String what, String value) {
        assertThat(value)
                .as("%s is a GUID", what)
                .matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        return UUID.fromString(value);
    }

    private static CartLineItem item(Cart cart, String catalogItemId) {
        return cart.getLineItems().stream()
                .filter(i -> catalogItemId.equals(i.getCatalogItemId()))
                .findFirst()
                .orElseGet(() -> fail("no line item %s in %s", catalogItemId, cart));
    }

    private static Order orderWith(CartCheckoutResult result, String offerId) {
        List<Order> matching = result.getOrders().stream()
                .filter(o -> o.getLineItems() != null
                        && o.getLineItems().stream().anyMatch(l -> offerId.equals(l.getOfferId())))
                .toList();
        assertThat(matching).as("orders containing %s in %s", offerId, result).hasSize(1);
        return matching.get(0);
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> String.join(",", e.getValue()))
                .findFirst()
                .orElse(null);
    }

    /** Records every request the client sends, with the serialized body. */
    static final class Recorder implements ClientRequestFilter, WriterInterceptor {
        private final AtomicReference<SentRequest> last;

        Recorder(AtomicReference<SentRequest> last) {
            this.last = last;
        }

        @Override
        public void filter(ClientRequestContext request) {
            last.set(new SentRequest(
                    request.getMethod(),
                    request.getUri().toString(),
                    Map.copyOf(request.getStringHeaders()),
                    request.hasEntity() ? null : ""));
        }

        @Override
        public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            OutputStream original = context.getOutputStream();
            context.setOutputStream(new FilterOutputStream(original) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    copy.write(b, off, len);
                    out.write(b, off, len);
                }

                @Override
                public void write(int b) throws IOException {
                    copy.write(b);
                    out.write(b);
                }
            });
            try {
                context.proceed();
            } finally {
                context.setOutputStream(original);
                SentRequest sent = last.get();
                String body = copy.toString(StandardCharsets.UTF_8);
                last.set(
                        sent == null
                                ? new SentRequest("?", "?", Map.of(), body)
                                : new SentRequest(sent.method(), sent.uri(), sent.headers(), body));
            }
        }
    }
}
