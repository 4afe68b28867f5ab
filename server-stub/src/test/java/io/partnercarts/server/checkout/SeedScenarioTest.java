package io.partnercarts.server.checkout;

import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartLine;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.CheckoutResult;
import io.partnercarts.server.core.Order;
import io.partnercarts.server.core.OrderLine;
import io.partnercarts.server.core.OrderStatus;
import io.partnercarts.server.core.Pricing;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.partnercarts.server.checkout.Drafts.AZURE;
import static io.partnercarts.server.checkout.Drafts.BARRACUDA;
import static io.partnercarts.server.checkout.Drafts.BIZTALK;
import static io.partnercarts.server.checkout.Drafts.CONTOSO;
import static io.partnercarts.server.checkout.Drafts.RESERVED_VM_1Y;
import static io.partnercarts.server.checkout.Drafts.RESERVED_VM_3Y;
import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance scenario: the five-line seed cart is created and checked out into three orders. */
class SeedScenarioTest {
    private final Sandbox sandbox = new Sandbox();

    @Test
    void createsTheSeedCartWithServerSetFields() {
        Cart cart = sandbox.carts.create(CONTOSO, "seed-request", Drafts.seed());

        assertThat(cart.id()).isNotNull();
        assertThat(cart.customerId()).isEqualTo(CONTOSO);
        assertThat(cart.status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(cart.creationTimestamp()).isEqualTo(Sandbox.START);
        assertThat(cart.lastModifiedTimestamp()).isEqualTo(Sandbox.START);
        assertThat(cart.expirationTimestamp()).isEqualTo(Sandbox.START.plus(Duration.ofDays(7)));
        assertThat(cart.lastModifiedUser()).isEqualTo("5c1d2bd6-3f8e-4b6e-9d6a-2a0b1f0e7c42");
        assertThat(cart.lines()).extracting(CartLine::id).containsExactly(0, 1, 2, 3, 4);
        assertThat(cart.lines()).extracting(CartLine::orderGroup).containsExactly("OMS-0", "0", "0", "0", "1");
        assertThat(cart.lines()).extracting(CartLine::error).containsOnlyNulls();
        assertThat(cart.lines()).extracting(CartLine::currencyCode).containsOnly("USD");
        assertThat(cart.lines()).extracting(CartLine::friendlyName).containsExactly(
                "Microsoft Azure",
                "Reserved VM Instance, Standard_NV12, US East 2, 1 Year",
                "Reserved VM Instance, Standard_NV12, US East 2, 3 Years",
                "BizTalk Server 2016 Branch",
                "Barracuda WaaS - Medium Plan");
        assertThat(cart.lines().get(0).pricing()).isNull();
        assertThat(cart.lines().get(0).provisioningContext()).isEmpty();
        assertThat(cart.lines().get(1).pricing()).isEqualTo(new Pricing(7541.0, 7541.0, 7541.0, 7541.0, 7541.0));
        assertThat(cart.lines().get(1).provisioningContext()).containsEntry("duration", "1Year");
        assertThat(cart.lines().get(3).termDuration()).isNull();
        assertThat(sandbox.carts.get(CONTOSO, cart.id())).isEqualTo(cart);
    }

    @Test
    void checksTheSeedCartOutIntoThreeOrders() {
        Cart cart = sandbox.carts.create(CONTOSO, null, Drafts.seed());
        sandbox.clock.advance(Duration.ofSeconds(14));

        CheckoutResult result = sandbox.checkouts.checkout(CONTOSO, cart.id());

        assertThat(result.orderErrors()).isEmpty();
        assertThat(result.orders()).hasSize(3);
        assertThat(result.orders()).allSatisfy(order -> {
            assertThat(order.customerId()).isEqualTo(CONTOSO);
            assertThat(order.currencyCode()).isEqualTo("USD");
            assertThat(order.currencySymbol()).isEqualTo("$");
            assertThat(order.creationDate()).isEqualTo(Sandbox.START.plusSeconds(14));
        });

        Order azure = result.orders().get(0);
        assertThat(azure.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(azure.alternateId()).isEqualTo(azure.id());
        assertThat(azure.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(azure.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(azure.totalPrice()).isNull();
        assertThat(azure.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineItemNumber()).isZero();
            assertThat(line.offerId()).isEqualTo(AZURE);
            assertThat(line.friendlyName()).isEqualTo("Microsoft Azure");
            assertThat(line.termDuration()).isEqualTo("P1Y");
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.subscriptionId()).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        });

        Order oneTime = result.orders().get(1);
        assertThat(oneTime.id()).matches("[A-Za-z0-9_-]{33}");
        assertThat(oneTime.alternateId()).matches("[0-9a-f]{12}");
        assertThat(oneTime.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(oneTime.billingCycle()).isEqualTo(BillingCycle.ONE_TIME);
        assertThat(oneTime.totalPrice()).isEqualTo(7541.0 + 15472.0 + 2485.0);
        assertThat(oneTime.lines()).extracting(OrderLine::lineItemNumber).containsExactly(0, 1, 2);
        assertThat(oneTime.lines()).extracting(OrderLine::offerId).containsExactly(RESERVED_VM_1Y, RESERVED_VM_3Y, BIZTALK);
        assertThat(oneTime.lines()).extracting(OrderLine::friendlyName).containsExactly(
                "Reserved VM Instance, Standard_NV12, US East 2, 1 Year",
                "Reserved VM Instance, Standard_NV12, US East 2, 3 Years",
                "BizTalk Server 2016 Branch");
        assertThat(oneTime.lines()).extracting(OrderLine::termDuration).containsExactly("P1Y", "P3Y", null);
        assertThat(oneTime.lines()).extracting(OrderLine::subscriptionId).containsOnlyNulls();
        assertThat(oneTime.lines().get(0).provisioningContext()).containsEntry("scope", "shared");
        assertThat(oneTime.lines().get(2).pricing().extendedPrice()).isEqualTo(2485.0);

        Order monthly = result.orders().get(2);
        assertThat(monthly.id()).matches("[A-Za-z0-9_-]{33}").isNotEqualTo(oneTime.id());
        assertThat(monthly.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(monthly.billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(monthly.totalPrice()).isEqualTo(1899.0);
        assertThat(monthly.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineItemNumber()).isZero();
            assertThat(line.offerId()).isEqualTo(BARRACUDA);
            assertThat(line.friendlyName()).isEqualTo("Barracuda WaaS - Medium Plan");
            assertThat(line.termDuration()).isEqualTo("P1M");
        });

        Cart ordered = sandbox.carts.get(CONTOSO, cart.id());
        assertThat(ordered.status()).isEqualTo(CartStatus.ORDERED);
        assertThat(ordered.lastModifiedTimestamp()).isEqualTo(Sandbox.START.plusSeconds(14));
        assertThat(ordered.lines()).isEqualTo(cart.lines());
    }
}
