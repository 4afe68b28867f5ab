package io.partnercarts.server.carts;

import static io.partnercarts.server.carts.Drafts.AZURE;
import static io.partnercarts.server.carts.Drafts.BARRACUDA;
import static io.partnercarts.server.carts.Drafts.BIZTALK;
import static io.partnercarts.server.carts.Drafts.CONTOSO;
import static io.partnercarts.server.carts.Drafts.RI_1Y;
import static io.partnercarts.server.carts.Drafts.RI_3Y;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercarts.server.Seed;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartLine;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.CheckoutResult;
import io.partnercarts.server.core.Order;
import io.partnercarts.server.core.OrderLine;
import io.partnercarts.server.core.OrderStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The acceptance scenario: the five-line seed cart is created and checked out into three orders. The seed's
 * facts come from the contract's examples through {@link Seed}.
 */
class SeedScenarioTest extends ServicesFixture {
    @Test
    void createsTheSeedCartWithServerSetFields() {
        Cart cart = services.carts.create(CONTOSO, "seed-request", Drafts.seed());

        assertThat(cart.id()).isNotNull();
        assertThat(cart.customerId()).isEqualTo(CONTOSO);
        assertThat(cart.status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(cart.creationTimestamp()).isEqualTo(Services.START);
        assertThat(cart.lastModifiedTimestamp()).isEqualTo(Services.START);
        assertThat(cart.expirationTimestamp()).isEqualTo(Services.START.plus(Duration.ofDays(7)));
        assertThat(cart.lastModifiedUser())
                .isEqualTo(Seed.CART.path("lastModifiedUser").asText());
        assertThat(cart.lines()).extracting(CartLine::id).containsExactlyElementsOf(Seed.lineIds());
        assertThat(cart.lines())
                .extracting(CartLine::orderGroup)
                .as("order groups")
                .containsExactlyElementsOf(Seed.orderGroups());
        assertThat(cart.lines()).extracting(CartLine::error).containsOnlyNulls();
        assertThat(cart.lines())
                .extracting(CartLine::currencyCode)
                .containsOnly(Seed.cartLine(0).path("currencyCode").asText());
        assertThat(cart.lines())
                .extracting(CartLine::friendlyName)
                .as("friendly names")
                .containsExactlyElementsOf(Seed.friendlyNames());
        assertThat(cart.lines().get(0).pricing())
                .as("legacy line: unpriced")
                .isEqualTo(Seed.cartPricing(0))
                .isNull();
        assertThat(cart.lines().get(0).provisioningContext()).isEmpty();
        assertThat(cart.lines().get(1).pricing()).as("RI 1Y pricing").isEqualTo(Seed.cartPricing(1));
        assertThat(cart.lines().get(1).provisioningContext())
                .containsEntry("duration", Seed.provisioningContext(1).get("duration"));
        assertThat(cart.lines().get(3).termDuration())
                .as("perpetual BizTalk: no term")
                .isEqualTo(Seed.termDuration(3))
                .isNull();
        assertThat(services.carts.get(CONTOSO, cart.id())).isEqualTo(cart);
    }

    @Test
    void checksTheSeedCartOutIntoThreeOrders() {
        Cart cart = services.carts.create(CONTOSO, null, Drafts.seed());
        services.clock.advance(Duration.ofSeconds(14));

        CheckoutResult result = services.checkouts.checkout(CONTOSO, cart.id());

        assertThat(result.orderErrors()).isEmpty();
        assertThat(result.orders()).hasSize(3);
        assertThat(result.orders()).allSatisfy(order -> {
            assertThat(order.customerId()).isEqualTo(CONTOSO);
            assertThat(order.currencyCode())
                    .isEqualTo(Seed.order(0).path("currencyCode").asText());
            assertThat(order.currencySymbol())
                    .isEqualTo(Seed.order(0).path("currencySymbol").asText());
            assertThat(order.creationDate()).isEqualTo(Services.START.plusSeconds(14));
        });

        Order azure = result.orders().get(0);
        assertThat(azure.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(azure.alternateId()).isEqualTo(azure.id());
        JsonNode expectedAzure = Seed.order(0);
        assertThat(azure.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(azure.status().name())
                .isEqualToIgnoringCase(expectedAzure.path("status").asText());
        assertThat(azure.billingCycle())
                .isEqualTo(BillingCycle.fromWireName(
                                expectedAzure.path("billingCycle").asText())
                        .orElseThrow());
        assertThat(azure.totalPrice()).isNull();
        JsonNode azureLine = expectedAzure.path("lineItems").path(0);
        assertThat(azure.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineItemNumber()).isZero();
            assertThat(line.offerId())
                    .isEqualTo(AZURE)
                    .isEqualTo(azureLine.path("offerId").asText());
            assertThat(line.friendlyName())
                    .isEqualTo(azureLine.path("friendlyName").asText());
            assertThat(line.termDuration())
                    .isEqualTo(azureLine.path("termDuration").asText());
            assertThat(line.quantity()).isEqualTo(azureLine.path("quantity").asInt());
            assertThat(line.subscriptionId()).matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        });

        Order oneTime = result.orders().get(1);
        assertThat(oneTime.id()).matches("[A-Za-z0-9_-]{33}");
        assertThat(oneTime.alternateId()).matches("[0-9a-f]{12}");
        JsonNode expectedOneTime = Seed.order(1);
        JsonNode oneTimeLines = expectedOneTime.path("lineItems");
        assertThat(oneTime.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(oneTime.status().name())
                .isEqualToIgnoringCase(expectedOneTime.path("status").asText());
        assertThat(oneTime.billingCycle())
                .isEqualTo(BillingCycle.fromWireName(
                                expectedOneTime.path("billingCycle").asText())
                        .orElseThrow());
        assertThat(oneTime.totalPrice())
                .as("one_time total: the sum of its prices")
                .isEqualTo(expectedOneTime.path("totalPrice").asDouble());
        assertThat(oneTime.lines()).extracting(OrderLine::lineItemNumber).containsExactly(0, 1, 2);
        assertThat(oneTime.lines())
                .extracting(OrderLine::offerId)
                .containsExactly(RI_1Y, RI_3Y, BIZTALK)
                .containsExactlyElementsOf(Seed.texts(oneTimeLines, "offerId"));
        assertThat(oneTime.lines())
                .extracting(OrderLine::friendlyName)
                .containsExactlyElementsOf(Seed.texts(oneTimeLines, "friendlyName"));
        assertThat(oneTime.lines())
                .extracting(OrderLine::termDuration)
                .containsExactlyElementsOf(Seed.texts(oneTimeLines, "termDuration"));
        assertThat(oneTime.lines()).extracting(OrderLine::subscriptionId).containsOnlyNulls();
        assertThat(oneTime.lines().get(0).provisioningContext())
                .containsEntry(
                        "scope",
                        oneTimeLines
                                .path(0)
                                .path("provisioningContext")
                                .path("scope")
                                .asText());
        assertThat(oneTime.lines().get(2).pricing().extendedPrice())
                .isEqualTo(Seed.pricing(oneTimeLines.path(2).path("pricing")).extendedPrice());

        Order monthly = result.orders().get(2);
        assertThat(monthly.id()).matches("[A-Za-z0-9_-]{33}").isNotEqualTo(oneTime.id());
        JsonNode expectedMonthly = Seed.order(2);
        JsonNode barracudaLine = expectedMonthly.path("lineItems").path(0);
        assertThat(monthly.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(monthly.status().name())
                .isEqualToIgnoringCase(expectedMonthly.path("status").asText());
        assertThat(monthly.billingCycle())
                .isEqualTo(BillingCycle.fromWireName(
                                expectedMonthly.path("billingCycle").asText())
                        .orElseThrow());
        assertThat(monthly.totalPrice())
                .isEqualTo(expectedMonthly.path("totalPrice").asDouble());
        assertThat(monthly.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineItemNumber()).isZero();
            assertThat(line.offerId())
                    .isEqualTo(BARRACUDA)
                    .isEqualTo(barracudaLine.path("offerId").asText());
            assertThat(line.friendlyName())
                    .isEqualTo(barracudaLine.path("friendlyName").asText());
            assertThat(line.termDuration())
                    .isEqualTo(barracudaLine.path("termDuration").asText());
        });

        Cart ordered = services.carts.get(CONTOSO, cart.id());
        assertThat(ordered.status()).isEqualTo(CartStatus.ORDERED);
        assertThat(ordered.lastModifiedTimestamp()).isEqualTo(Services.START.plusSeconds(14));
        assertThat(ordered.lines()).isEqualTo(cart.lines());
    }
}
