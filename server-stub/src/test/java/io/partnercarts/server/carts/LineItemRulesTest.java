package io.partnercarts.server.carts;

import static io.partnercarts.server.carts.Drafts.BARRACUDA;
import static io.partnercarts.server.carts.Drafts.BIZTALK;
import static io.partnercarts.server.carts.Drafts.CONTOSO;
import static io.partnercarts.server.carts.Drafts.M365_BASIC;
import static io.partnercarts.server.carts.Drafts.RI_1Y;
import static io.partnercarts.server.carts.Drafts.WINGTIP_EUR;
import static io.partnercarts.server.carts.Drafts.cart;
import static io.partnercarts.server.carts.Drafts.line;
import static io.partnercarts.server.carts.Drafts.reservation;
import static io.partnercarts.server.carts.Drafts.withAddons;
import static io.partnercarts.server.carts.Drafts.withContext;
import static io.partnercarts.server.carts.Drafts.withFriendlyName;
import static io.partnercarts.server.carts.Drafts.withId;
import static io.partnercarts.server.carts.Drafts.withReseller;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.Seed;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartError;
import io.partnercarts.server.core.CartErrorCode;
import io.partnercarts.server.core.CartLine;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.LineDraft;
import io.partnercarts.server.core.Participant;
import io.partnercarts.server.core.Pricing;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog's checks give a line an error; the cart is still created. */
class LineItemRulesTest {
    private final Services services = new Services();

    private CartLine created(LineDraft line) {
        Cart cart = services.carts.create(CONTOSO, null, cart(line));
        assertThat(cart.status()).isEqualTo(CartStatus.ACTIVE);
        return cart.lines().get(0);
    }

    private CartError errorOf(LineDraft line) {
        return created(line).error();
    }

    @Test
    void acceptsALineThatMeetsEveryRule() {
        assertThat(errorOf(line(M365_BASIC, 300, BillingCycle.ANNUAL, "P1Y"))).isNull();
    }

    @Test
    void unknownOfferIsNotAValidCatalogItem() {
        CartLine line = created(line("NOPE:0001:NOPE", 1, BillingCycle.MONTHLY, "P1M"));

        assertThat(line.error())
                .isEqualTo(new CartError(
                        CartErrorCode.CATALOG_ITEM_ID_IS_NOT_VALID,
                        "The catalog item id 'NOPE:0001:NOPE' is not valid."));
        assertThat(line.error().code().code()).isEqualTo(10001);
        assertThat(line.friendlyName()).isEqualTo("NOPE:0001:NOPE");
        assertThat(line.pricing()).isNull();
    }

    @Test
    void billingCycleMustBeOffered() {
        assertThat(errorOf(line(BARRACUDA, 1, BillingCycle.ANNUAL, "P1M")))
                .isEqualTo(
                        new CartError(
                                CartErrorCode.INVALID_INPUT,
                                "Billing cycle 'annual' is not supported by DZH318Z0BXWC:0002:DZH318Z0BMRV; supported: monthly."));
    }

    @Test
    void termDurationMustBeGivenAndOffered() {
        CartError missing = errorOf(line(M365_BASIC, 1, BillingCycle.MONTHLY, null));
        CartError notOffered = errorOf(line(M365_BASIC, 1, BillingCycle.MONTHLY, "P3Y"));

        assertThat(missing.code()).isEqualTo(CartErrorCode.INVALID_INPUT);
        assertThat(missing.description()).contains("required").contains("supported: P1M, P1Y");
        assertThat(notOffered.code()).isEqualTo(CartErrorCode.INVALID_INPUT);
        assertThat(notOffered.description()).contains("'P3Y'").contains("supported: P1M, P1Y");
    }

    @Test
    void perpetualOfferTakesNoTermDuration() {
        assertThat(errorOf(line(BIZTALK, 1, BillingCycle.ONE_TIME, null))).isNull();
        CartError error = errorOf(line(BIZTALK, 1, BillingCycle.ONE_TIME, "P1Y"));

        assertThat(error.code()).isEqualTo(CartErrorCode.INVALID_INPUT);
        assertThat(error.description()).contains("'P1Y'").contains("perpetual");
    }

    @Test
    void quantityMustBeWithinTheOffersRange() {
        assertThat(errorOf(line(M365_BASIC, 1, BillingCycle.MONTHLY, "P1M"))).isNull();
        CartError tooMany = errorOf(line(M365_BASIC, 301, BillingCycle.MONTHLY, "P1M"));
        CartError none = errorOf(line(M365_BASIC, 0, BillingCycle.MONTHLY, "P1M"));

        assertThat(tooMany.code()).isEqualTo(CartErrorCode.INVALID_INPUT);
        assertThat(tooMany.description()).contains("301").contains("1 to 300");
        assertThat(none.description()).contains("Quantity 0").contains("1 to 300");
    }

    @Test
    void requiredProvisioningContextKeysMustBePresentAndNonBlank() {
        LineDraft reservation = line(RI_1Y, 1, BillingCycle.ONE_TIME, "P1Y");
        CartError missing = errorOf(reservation);
        CartError blankScope = errorOf(withContext(
                Map.of(
                        "subscriptionId",
                        Seed.provisioningContext(1).get("subscriptionId"),
                        "scope",
                        " ",
                        "duration",
                        "1Year"),
                reservation));

        assertThat(missing)
                .isEqualTo(new CartError(
                        CartErrorCode.INVALID_INPUT,
                        "The provisioning context 'subscriptionId' is required for " + RI_1Y + "."));
        assertThat(blankScope.description()).contains("'scope'");
        assertThat(errorOf(withContext(reservation("1Year"), reservation))).isNull();
    }

    @Test
    void firstFailingRuleWins() {
        CartError error = errorOf(line(BARRACUDA, 1000, BillingCycle.ANNUAL, "P3Y"));

        assertThat(error.description()).startsWith("Billing cycle 'annual'");
    }

    @Test
    void addOnItemsAreCheckedTheSameWay() {
        CartLine parent = created(withAddons(
                line(M365_BASIC, 1, BillingCycle.MONTHLY, "P1M"),
                line(BARRACUDA, 1, BillingCycle.MONTHLY, "P1M"),
                line("NOPE", 1, BillingCycle.MONTHLY, "P1M")));

        assertThat(parent.error()).isNull();
        assertThat(parent.addonItems()).extracting(CartLine::id).containsExactly(0, 1);
        assertThat(parent.addonItems().get(0).error()).isNull();
        assertThat(parent.addonItems().get(1).error().code()).isEqualTo(CartErrorCode.CATALOG_ITEM_ID_IS_NOT_VALID);
        assertThat(parent.addonItems()).extracting(CartLine::orderGroup).containsOnly(parent.orderGroup());
    }

    @Test
    void serverSetFieldsCompleteTheLine() {
        CartLine line = created(withReseller(
                "1234567", withFriendlyName("Seats for sales", line(M365_BASIC, 4, BillingCycle.MONTHLY, "P1M"))));

        assertThat(line.friendlyName()).isEqualTo("Seats for sales");
        assertThat(line.currencyCode()).isEqualTo("USD");
        assertThat(line.pricing()).isEqualTo(new Pricing(6.0, 6.0, 6.0, 6.0, 24.0));
        assertThat(line.provisioningContext()).isEmpty();
        assertThat(line.addonItems()).isEmpty();
        assertThat(line.participants()).containsExactly(new Participant("transaction_reseller", "1234567"));
    }

    @Test
    void currencyIsTheCustomers() {
        Cart cart = services.carts.create(WINGTIP_EUR, null, cart(line(M365_BASIC, 1, BillingCycle.MONTHLY, "P1M")));

        assertThat(cart.lines().get(0).currencyCode()).isEqualTo("EUR");
    }

    @Test
    void linesKeepTheirIdsAndOthersGetTheirPosition() {
        Cart cart = services.carts.create(
                CONTOSO,
                null,
                cart(
                        withId(7, line(M365_BASIC, 1, BillingCycle.MONTHLY, "P1M")),
                        line(BARRACUDA, 1, BillingCycle.MONTHLY, "P1M"),
                        withId(3, line(BIZTALK, 1, BillingCycle.ONE_TIME, null))));

        assertThat(cart.lines()).extracting(CartLine::id).containsExactly(7, 1, 3);
    }
}
