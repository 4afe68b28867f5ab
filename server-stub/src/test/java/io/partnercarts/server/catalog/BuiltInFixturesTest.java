package io.partnercarts.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.Seed;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Pricing;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BuiltInFixturesTest {
    private final Fixtures fixtures = Fixtures.builtIn();

    private Offer offer(String catalogItemId) {
        return fixtures.catalog().find(catalogItemId).orElseThrow();
    }

    @Test
    void partnerUserIsTheSeedsLastModifiedUser() {
        assertThat(fixtures.partnerUser())
                .isEqualTo(Seed.CART.path("lastModifiedUser").asText());
    }

    @Test
    void holdsTheSeedCustomersInDollarsAndOneCustomerInEuros() {
        for (String id : List.of("28045616-f6b9-462f-9701-0d89b5e65c44", "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d")) {
            Customer customer = fixtures.customers().find(UUID.fromString(id)).orElseThrow();
            assertThat(customer.country()).isEqualTo("US");
            assertThat(customer.currencyCode()).isEqualTo("USD");
            assertThat(customer.currencySymbol()).isEqualTo("$");
        }
        assertThat(fixtures.customers().all()).anySatisfy(customer -> {
            assertThat(customer.currencyCode()).isEqualTo("EUR");
            assertThat(customer.currencySymbol()).isEqualTo("€");
        });
    }

    /** The seed's line items are the built-in offers; ids, names, cycles, terms and prices come from the contract. */
    @Test
    void holdsTheSeedOffers() {
        assertThat(offer(Seed.AZURE)).isEqualTo(seedOffer(0, PurchaseSystem.LEGACY, 1, 1));
        assertThat(offer(Seed.RI_1Y)).isEqualTo(seedOffer(1, PurchaseSystem.MODERN, 1, 100));
        assertThat(offer(Seed.RI_3Y)).isEqualTo(seedOffer(2, PurchaseSystem.MODERN, 1, 100));
        assertThat(offer(Seed.BIZTALK)).isEqualTo(seedOffer(3, PurchaseSystem.MODERN, 1, 1000));
        assertThat(offer(Seed.BARRACUDA)).isEqualTo(seedOffer(4, PurchaseSystem.MODERN, 1, 100));
    }

    /**
     * The offer of the seed's line {@code line}: its catalog item, cycle, term and required provisioning context
     * from the contract's SeedCartRequest, its name and price from SeedCart; the quantity limits are the catalog's.
     */
    private static Offer seedOffer(int line, PurchaseSystem system, int minQuantity, int maxQuantity) {
        String term = Seed.termDuration(line);
        Pricing pricing = Seed.cartPricing(line);
        return new Offer(
                Seed.catalogItemId(line),
                Seed.friendlyNames().get(line),
                system,
                List.of(BillingCycle.fromWireName(
                                Seed.requestLine(line).path("billingCycle").asText())
                        .orElseThrow()),
                term == null ? List.of() : List.of(term),
                minQuantity,
                maxQuantity,
                List.copyOf(Seed.provisioningContext(line).keySet()),
                pricing == null ? null : pricing.price(),
                CheckoutBehaviour.SUCCEEDS);
    }

    @Test
    void holdsOrdinaryMonthlyAndAnnualSubscriptions() {
        assertThat(fixtures.catalog().offers())
                .filteredOn(offer -> offer.name().startsWith("Microsoft 365"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(offer -> {
                    assertThat(offer.purchaseSystem()).isEqualTo(PurchaseSystem.MODERN);
                    assertThat(offer.billingCycles()).containsExactly(BillingCycle.MONTHLY, BillingCycle.ANNUAL);
                    assertThat(offer.termDurations()).containsExactly("P1M", "P1Y");
                    assertThat(offer.minQuantity()).isEqualTo(1);
                    assertThat(offer.maxQuantity()).isEqualTo(300);
                    assertThat(offer.checkout()).isEqualTo(CheckoutBehaviour.SUCCEEDS);
                });
    }

    @Test
    void holdsTheSandboxOffers() {
        Offer fails = offer("SANDBOX0FAIL:0001:SANDBOX0FAIL");
        assertThat(fails.name()).isEqualTo("Sandbox - always fails at checkout");
        assertThat(fails.billingCycles()).containsExactly(BillingCycle.MONTHLY);
        assertThat(fails.termDurations()).containsExactly("P1M");
        assertThat(fails.unitPrice()).isEqualTo(10.0);
        assertThat(fails.maxQuantity()).isEqualTo(100);
        assertThat(fails.checkout().failure())
                .isEqualTo(new CheckoutFailure(
                        800010, "Inventory is not available for the catalog item SANDBOX0FAIL:0001:SANDBOX0FAIL."));
        assertThat(fails.checkout().fails(1000)).isTrue();

        Offer failsOnce = offer("SANDBOX0RTRY:0001:SANDBOX0RTRY");
        assertThat(failsOnce.name()).isEqualTo("Sandbox - fails the first checkout");
        assertThat(failsOnce.billingCycles()).containsExactly(BillingCycle.ANNUAL);
        assertThat(failsOnce.termDurations()).containsExactly("P1Y");
        assertThat(failsOnce.checkout().failure().code()).isEqualTo(800005);
        assertThat(failsOnce.checkout().fails(0)).isTrue();
        assertThat(failsOnce.checkout().fails(1)).isFalse();

        Offer slow = offer("SANDBOX0SLOW:0001:SANDBOX0SLOW");
        assertThat(slow.name()).isEqualTo("Sandbox - provisions slowly");
        assertThat(slow.checkout().delayMillis()).isEqualTo(2000);
        assertThat(slow.checkout().failure()).isNull();

        Offer broken = offer("SANDBOX0ERR5:0001:SANDBOX0ERR5");
        assertThat(broken.name()).isEqualTo("Sandbox - service error at checkout");
        assertThat(broken.checkout().serviceError()).isTrue();
    }
}
