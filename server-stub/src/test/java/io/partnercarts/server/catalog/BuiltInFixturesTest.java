package io.partnercarts.server.catalog;

import io.partnercarts.server.core.BillingCycle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BuiltInFixturesTest {
    private final Fixtures fixtures = Fixtures.builtIn();

    private Offer offer(String catalogItemId) {
        return fixtures.catalog().find(catalogItemId).orElseThrow();
    }

    @Test
    void partnerUserIsTheSeedsLastModifiedUser() {
        assertThat(fixtures.partnerUser()).isEqualTo("5c1d2bd6-3f8e-4b6e-9d6a-2a0b1f0e7c42");
    }

    @Test
    void holdsTheSeedCustomersInDollarsAndOneCustomerInEuros() {
        for (String id : List.of("28045616-f6b9-462f-9701-0d89b5e65c44", "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d")) {
            Customer customer = fixtures.customers().find(UUID.fromString(id)).orElseThrow();
            assertThat(customer.country()).isEqualTo("US");
            assertThat(customer.currencyCode()).isEqualTo("USD");
            assertThat(customer.currencySymbol()).isEqualTo("$");
        }
        assertThat(fixtures.customers().all())
                .anySatisfy(customer -> {
                    assertThat(customer.currencyCode()).isEqualTo("EUR");
                    assertThat(customer.currencySymbol()).isEqualTo("€");
                });
    }

    @Test
    void holdsTheSeedOffers() {
        assertThat(offer("MS-AZR-0145P")).isEqualTo(new Offer("MS-AZR-0145P", "Microsoft Azure", PurchaseSystem.LEGACY,
                List.of(BillingCycle.MONTHLY), List.of("P1Y"), 1, 1, List.of(), null, CheckoutBehaviour.SUCCEEDS));
        assertThat(offer("DZH318Z0BQ36:004G:DZH318Z08C0S")).isEqualTo(new Offer("DZH318Z0BQ36:004G:DZH318Z08C0S",
                "Reserved VM Instance, Standard_NV12, US East 2, 1 Year", PurchaseSystem.MODERN,
                List.of(BillingCycle.ONE_TIME), List.of("P1Y"), 1, 100, List.of("subscriptionId", "scope", "duration"),
                7541.0, CheckoutBehaviour.SUCCEEDS));
        assertThat(offer("DZH318Z0BQ36:004J:DZH318Z08B8X")).isEqualTo(new Offer("DZH318Z0BQ36:004J:DZH318Z08B8X",
                "Reserved VM Instance, Standard_NV12, US East 2, 3 Years", PurchaseSystem.MODERN,
                List.of(BillingCycle.ONE_TIME), List.of("P3Y"), 1, 100, List.of("subscriptionId", "scope", "duration"),
                15472.0, CheckoutBehaviour.SUCCEEDS));
        assertThat(offer("DG7GMGF0DWM3:0002:DG7GMGF0DT1M")).isEqualTo(new Offer("DG7GMGF0DWM3:0002:DG7GMGF0DT1M",
                "BizTalk Server 2016 Branch", PurchaseSystem.MODERN, List.of(BillingCycle.ONE_TIME), List.of(),
                1, 1000, List.of(), 2485.0, CheckoutBehaviour.SUCCEEDS));
        assertThat(offer("DZH318Z0BXWC:0002:DZH318Z0BMRV")).isEqualTo(new Offer("DZH318Z0BXWC:0002:DZH318Z0BMRV",
                "Barracuda WaaS - Medium Plan", PurchaseSystem.MODERN, List.of(BillingCycle.MONTHLY), List.of("P1M"),
                1, 100, List.of(), 1899.0, CheckoutBehaviour.SUCCEEDS));
    }

    @Test
    void holdsOrdinaryMonthlyAndAnnualSubscriptions() {
        assertThat(fixtures.catalog().offers()).filteredOn(offer -> offer.name().startsWith("Microsoft 365"))
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
        assertThat(fails.checkout().failure()).isEqualTo(new CheckoutFailure(800010,
                "Inventory is not available for the catalog item SANDBOX0FAIL:0001:SANDBOX0FAIL."));
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
