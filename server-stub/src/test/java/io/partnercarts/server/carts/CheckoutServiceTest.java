package io.partnercarts.server.carts;

import static io.partnercarts.server.carts.Drafts.ALWAYS_FAILS;
import static io.partnercarts.server.carts.Drafts.AZURE;
import static io.partnercarts.server.carts.Drafts.BARRACUDA;
import static io.partnercarts.server.carts.Drafts.CONTOSO;
import static io.partnercarts.server.carts.Drafts.FABRIKAM;
import static io.partnercarts.server.carts.Drafts.FAILS_ONCE;
import static io.partnercarts.server.carts.Drafts.M365_BASIC;
import static io.partnercarts.server.carts.Drafts.SERVICE_ERROR;
import static io.partnercarts.server.carts.Drafts.WINGTIP_EUR;
import static io.partnercarts.server.carts.Drafts.cart;
import static io.partnercarts.server.carts.Drafts.line;
import static io.partnercarts.server.carts.Drafts.monthly;
import static io.partnercarts.server.carts.Drafts.withAddons;
import static io.partnercarts.server.carts.Drafts.withReseller;
import static io.partnercarts.server.carts.Services.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.CheckoutResult;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.core.Order;
import io.partnercarts.server.core.OrderError;
import io.partnercarts.server.core.OrderLine;
import io.partnercarts.server.core.OrderStatus;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckoutServiceTest extends ServicesFixture {
    private static final String INVENTORY_ERROR =
            "Inventory is not available for the catalog item SANDBOX0FAIL:0001:SANDBOX0FAIL.";

    private Cart seedCart() {
        return services.carts.create(CONTOSO, null, Drafts.seed());
    }

    @Test
    void unknownCustomerOrCartIsNotFound() {
        Cart fabrikams = services.carts.create(FABRIKAM, null, Drafts.seed());

        assertRefused(
                () -> services.checkouts.checkout(UUID.randomUUID(), fabrikams.id()), FaultCode.CUSTOMER_NOT_FOUND);
        assertRefused(() -> services.checkouts.checkout(CONTOSO, UUID.randomUUID()), FaultCode.CART_NOT_FOUND);
        assertRefused(() -> services.checkouts.checkout(CONTOSO, fabrikams.id()), FaultCode.CART_NOT_FOUND);
        assertThat(services.carts.get(FABRIKAM, fabrikams.id()).status()).isEqualTo(CartStatus.ACTIVE);
    }

    @Test
    void aRepeatedCheckoutAnswersAnEqualResultAndPlacesNoNewOrders() {
        Cart cart = seedCart();
        CheckoutResult first = services.checkouts.checkout(CONTOSO, cart.id());
        Cart ordered = services.carts.get(CONTOSO, cart.id());
        services.clock.advance(Duration.ofMinutes(5));

        CheckoutResult repeat = services.checkouts.checkout(CONTOSO, cart.id());

        assertThat(repeat).isEqualTo(first);
        assertThat(services.carts.get(CONTOSO, cart.id())).isEqualTo(ordered);
    }

    @Test
    void aCartWithLineItemsInErrorCannotBeCheckedOut() {
        Cart cart = services.carts.create(
                CONTOSO, null, cart(monthly(M365_BASIC), line("NOPE", 1, BillingCycle.MONTHLY, "P1M")));

        assertRefused(
                () -> services.checkouts.checkout(CONTOSO, cart.id()),
                FaultCode.CART_ITEMS_IN_ERROR,
                "Cart " + cart.id() + " has line items in error and cannot be checked out.");
        assertThat(services.carts.get(CONTOSO, cart.id())).isEqualTo(cart);
    }

    @Test
    void anAddOnInErrorAlsoBlocksTheCheckout() {
        Cart cart = services.carts.create(
                CONTOSO, null, cart(withAddons(monthly(M365_BASIC), line(BARRACUDA, 0, BillingCycle.MONTHLY, "P1M"))));

        assertRefused(() -> services.checkouts.checkout(CONTOSO, cart.id()), FaultCode.CART_ITEMS_IN_ERROR);
    }

    @Test
    void anExpiredCartCannotBeCheckedOut() {
        Cart cart = seedCart();
        services.clock.advance(Duration.ofDays(8));

        assertRefused(
                () -> services.checkouts.checkout(CONTOSO, cart.id()),
                FaultCode.INVALID_INPUT,
                "Cart " + cart.id() + " expired at " + cart.expirationTimestamp() + ".");
        assertThat(services.carts.get(CONTOSO, cart.id()).status()).isEqualTo(CartStatus.ACTIVE);
    }

    @Test
    void aFailingGroupBecomesAnOrderErrorWhileTheOtherGroupsAreOrdered() {
        Cart cart = services.carts.create(
                CONTOSO,
                null,
                cart(line(M365_BASIC, 1, BillingCycle.ANNUAL, "P1Y"), monthly(BARRACUDA), monthly(ALWAYS_FAILS)));

        CheckoutResult result = services.checkouts.checkout(CONTOSO, cart.id());

        assertThat(result.orders())
                .singleElement()
                .extracting(Order::billingCycle)
                .isEqualTo(BillingCycle.ANNUAL);
        assertThat(result.orderErrors()).containsExactly(new OrderError("1", 800010, INVENTORY_ERROR));
        assertThat(services.carts.get(CONTOSO, cart.id()).status()).isEqualTo(CartStatus.ORDERED);

        CheckoutResult retry = services.checkouts.checkout(CONTOSO, cart.id());
        assertThat(retry).isEqualTo(result);
    }

    @Test
    void aCartWhoseEveryGroupFailsStaysActive() {
        Cart cart = services.carts.create(CONTOSO, null, cart(monthly(ALWAYS_FAILS)));

        CheckoutResult result = services.checkouts.checkout(CONTOSO, cart.id());

        assertThat(result.orders()).isEmpty();
        assertThat(result.orderErrors()).containsExactly(new OrderError("0", 800010, INVENTORY_ERROR));
        assertThat(services.carts.get(CONTOSO, cart.id())).isEqualTo(cart);
    }

    @Test
    void aGroupThatFailsOnceIsOrderedOnTheRetryAndEarlierOrdersStayAsTheyWere() {
        Cart cart = services.carts.create(
                CONTOSO, null, cart(monthly(BARRACUDA), line(FAILS_ONCE, 1, BillingCycle.ANNUAL, "P1Y")));

        CheckoutResult first = services.checkouts.checkout(CONTOSO, cart.id());
        services.clock.advance(Duration.ofMinutes(1));
        CheckoutResult second = services.checkouts.checkout(CONTOSO, cart.id());
        CheckoutResult third = services.checkouts.checkout(CONTOSO, cart.id());

        assertThat(first.orders()).hasSize(1);
        assertThat(first.orderErrors()).singleElement().satisfies(error -> {
            assertThat(error.orderGroupId()).isEqualTo("1");
            assertThat(error.code()).isEqualTo(800005);
        });
        assertThat(second.orderErrors()).isEmpty();
        assertThat(second.orders()).hasSize(2);
        assertThat(second.orders().get(0)).isEqualTo(first.orders().get(0));
        assertThat(second.orders().get(1).lines())
                .singleElement()
                .extracting(OrderLine::offerId)
                .isEqualTo(FAILS_ONCE);
        assertThat(second.orders().get(1).creationDate()).isEqualTo(Services.START.plus(Duration.ofMinutes(1)));
        assertThat(third).isEqualTo(second);
        // The cart became Ordered with the first order and was not touched again.
        assertThat(services.carts.get(CONTOSO, cart.id()).lastModifiedTimestamp())
                .isEqualTo(Services.START);
    }

    @Test
    void aRetryAfterAFailedAttemptIsAllowedEvenOnceTheCartHasExpired() {
        Cart cart = services.carts.create(CONTOSO, null, cart(line(FAILS_ONCE, 1, BillingCycle.ANNUAL, "P1Y")));
        assertThat(services.checkouts.checkout(CONTOSO, cart.id()).orderErrors())
                .hasSize(1);
        services.clock.advance(Duration.ofDays(8));

        CheckoutResult retry = services.checkouts.checkout(CONTOSO, cart.id());

        assertThat(retry.orderErrors()).isEmpty();
        assertThat(retry.orders()).hasSize(1);
        assertThat(services.carts.get(CONTOSO, cart.id()).status()).isEqualTo(CartStatus.ORDERED);
    }

    @Test
    void anUpdateAfterAnAllFailedCheckoutStartsTheChecksAfresh() {
        Cart cart = services.carts.create(CONTOSO, null, cart(monthly(ALWAYS_FAILS)));
        services.checkouts.checkout(CONTOSO, cart.id());
        services.carts.update(CONTOSO, cart.id(), cart(line("NOPE", 1, BillingCycle.MONTHLY, "P1M")));

        assertRefused(() -> services.checkouts.checkout(CONTOSO, cart.id()), FaultCode.CART_ITEMS_IN_ERROR);
    }

    @Test
    void aServiceErrorOfferFailsTheWholeCheckoutAndChangesNothing() {
        Cart cart = services.carts.create(
                CONTOSO, null, cart(monthly(BARRACUDA), line(SERVICE_ERROR, 1, BillingCycle.MONTHLY, "P1M")));

        assertRefused(
                () -> services.checkouts.checkout(CONTOSO, cart.id()),
                FaultCode.SERVICE_ERROR,
                "An unexpected error occurred; nothing was changed. Retry the request.");
        assertRefused(() -> services.checkouts.checkout(CONTOSO, cart.id()), FaultCode.SERVICE_ERROR);

        assertThat(services.carts.get(CONTOSO, cart.id())).isEqualTo(cart);
        assertThat(services.store.find(cart.id()).orElseThrow().history().hasAttempts())
                .isFalse();
        // Still changeable, as nothing was ordered.
        assertThat(services.carts
                        .update(CONTOSO, cart.id(), cart(monthly(BARRACUDA)))
                        .status())
                .isEqualTo(CartStatus.ACTIVE);
    }

    @Test
    void orderLinesFollowTheCartWithAddOnsAfterTheirParentAndCarryThePartnerOnRecord() {
        Cart cart = services.carts.create(
                CONTOSO,
                null,
                cart(
                        withAddons(withReseller("1234567", monthly(M365_BASIC)), monthly(BARRACUDA)),
                        line(M365_BASIC, 2, BillingCycle.MONTHLY, "P1M")));

        Order order = services.checkouts.checkout(CONTOSO, cart.id()).orders().get(0);

        assertThat(order.lines()).extracting(OrderLine::lineItemNumber).containsExactly(0, 1, 2);
        assertThat(order.lines()).extracting(OrderLine::offerId).containsExactly(M365_BASIC, BARRACUDA, M365_BASIC);
        assertThat(order.lines()).extracting(OrderLine::partnerIdOnRecord).containsExactly("1234567", null, null);
        assertThat(order.totalPrice()).isEqualTo(6.0 + 1899.0 + 12.0);
    }

    @Test
    void legacyAddOnsGetSubscriptionIdsToo() {
        Cart cart = services.carts.create(
                CONTOSO,
                null,
                cart(withAddons(
                        line(AZURE, 1, BillingCycle.MONTHLY, "P1Y"), line(AZURE, 1, BillingCycle.MONTHLY, "P1Y"))));

        Order order = services.checkouts.checkout(CONTOSO, cart.id()).orders().get(0);

        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.lines())
                .extracting(OrderLine::subscriptionId)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @Test
    void ordersArePricedInTheCustomersCurrency() {
        Cart cart = services.carts.create(WINGTIP_EUR, null, cart(monthly(BARRACUDA)));

        Order order =
                services.checkouts.checkout(WINGTIP_EUR, cart.id()).orders().get(0);

        assertThat(order.currencyCode()).isEqualTo("EUR");
        assertThat(order.currencySymbol()).isEqualTo("€");
        assertThat(order.customerId()).isEqualTo(WINGTIP_EUR);
    }
}
