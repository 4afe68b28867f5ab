package io.partnercarts.server.carts;

import static io.partnercarts.server.carts.Drafts.AZURE;
import static io.partnercarts.server.carts.Drafts.BARRACUDA;
import static io.partnercarts.server.carts.Drafts.BIZTALK;
import static io.partnercarts.server.carts.Drafts.CONTOSO;
import static io.partnercarts.server.carts.Drafts.M365_BASIC;
import static io.partnercarts.server.carts.Drafts.cart;
import static io.partnercarts.server.carts.Drafts.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartLine;
import org.junit.jupiter.api.Test;

class OrderGroupingTest {
    private final Services services = new Services();

    @Test
    void everyLegacyLineIsAloneAndModernLinesShareAGroupPerBillingCycle() {
        Cart cart = services.carts.create(
                CONTOSO,
                null,
                cart(
                        line(M365_BASIC, 1, BillingCycle.ANNUAL, "P1Y"),
                        line(AZURE, 1, BillingCycle.MONTHLY, "P1Y"),
                        line(BARRACUDA, 1, BillingCycle.MONTHLY, "P1M"),
                        line(AZURE, 1, BillingCycle.MONTHLY, "P1Y"),
                        line(BIZTALK, 1, BillingCycle.ONE_TIME, null),
                        line(M365_BASIC, 2, BillingCycle.ANNUAL, "P1Y"),
                        line(M365_BASIC, 3, BillingCycle.MONTHLY, "P1M")));

        assertThat(cart.lines())
                .extracting(CartLine::orderGroup)
                .containsExactly("0", "OMS-0", "1", "OMS-1", "2", "0", "1");
    }

    @Test
    void unknownOffersAreGroupedByBillingCycleLikeModernOnes() {
        Cart cart = services.carts.create(
                CONTOSO,
                null,
                cart(
                        line("UNKNOWN:0001:UNKNOWN", 1, BillingCycle.ANNUAL, "P1Y"),
                        line(M365_BASIC, 1, BillingCycle.ANNUAL, "P1Y")));

        assertThat(cart.lines()).extracting(CartLine::orderGroup).containsExactly("0", "0");
    }

    @Test
    void checkoutPlacesOneOrderPerGroupInGroupOrder() {
        Cart cart = services.carts.create(
                CONTOSO,
                null,
                cart(
                        line(M365_BASIC, 1, BillingCycle.ANNUAL, "P1Y"),
                        line(AZURE, 1, BillingCycle.MONTHLY, "P1Y"),
                        line(BARRACUDA, 1, BillingCycle.MONTHLY, "P1M"),
                        line(M365_BASIC, 2, BillingCycle.ANNUAL, "P1Y")));

        var orders = services.checkouts.checkout(CONTOSO, cart.id()).orders();

        assertThat(orders)
                .extracting(order -> order.billingCycle())
                .containsExactly(BillingCycle.ANNUAL, BillingCycle.MONTHLY, BillingCycle.MONTHLY);
        assertThat(orders.get(0).lines()).extracting(line -> line.quantity()).containsExactly(1, 2);
        assertThat(orders.get(0).lines())
                .extracting(line -> line.lineItemNumber())
                .containsExactly(0, 1);
        assertThat(orders.get(0).totalPrice()).isEqualTo(18.0);
        assertThat(orders.get(1).lines())
                .singleElement()
                .extracting(line -> line.offerId())
                .isEqualTo(AZURE);
        assertThat(orders.get(2).lines())
                .singleElement()
                .extracting(line -> line.offerId())
                .isEqualTo(BARRACUDA);
    }
}
