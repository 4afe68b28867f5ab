package io.partnercarts.server.carts;

import static io.partnercarts.server.carts.Drafts.BARRACUDA;
import static io.partnercarts.server.carts.Drafts.CONTOSO;
import static io.partnercarts.server.carts.Drafts.FABRIKAM;
import static io.partnercarts.server.carts.Drafts.M365_BASIC;
import static io.partnercarts.server.carts.Drafts.cart;
import static io.partnercarts.server.carts.Drafts.line;
import static io.partnercarts.server.carts.Drafts.monthly;
import static io.partnercarts.server.carts.Drafts.withId;
import static io.partnercarts.server.carts.Services.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartErrorCode;
import io.partnercarts.server.core.CartLine;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.core.Pricing;
import io.partnercarts.server.store.CartRetention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CartServiceTest extends ServicesFixture {
    private static final UUID UNKNOWN = UUID.fromString("11111111-2222-3333-4444-555555555555");
    /** The built-in sandbox customer whose every request fails. */
    private static final UUID FAULTY_CUSTOMER = UUID.fromString("5a4db0c5-e500-4e50-8500-000000000500");

    @Test
    void unknownCustomerIsNotFound() {
        assertRefused(
                () -> services.carts.create(UNKNOWN, null, Drafts.seed()),
                FaultCode.CUSTOMER_NOT_FOUND,
                "Customer 11111111-2222-3333-4444-555555555555 was not found.");
        assertRefused(() -> services.carts.get(UNKNOWN, UUID.randomUUID()), FaultCode.CUSTOMER_NOT_FOUND);
        assertRefused(
                () -> services.carts.update(UNKNOWN, UUID.randomUUID(), Drafts.seed()), FaultCode.CUSTOMER_NOT_FOUND);
    }

    @Test
    void everyRequestOfAServiceErrorCustomerFails() {
        assertRefused(
                () -> services.carts.create(FAULTY_CUSTOMER, "request-1", Drafts.seed()),
                FaultCode.SERVICE_ERROR,
                "An unexpected error occurred; nothing was changed. Retry the request.");
        assertRefused(() -> services.carts.get(FAULTY_CUSTOMER, UUID.randomUUID()), FaultCode.SERVICE_ERROR);
        assertRefused(
                () -> services.carts.update(FAULTY_CUSTOMER, UUID.randomUUID(), Drafts.seed()),
                FaultCode.SERVICE_ERROR);
        assertRefused(() -> services.checkouts.checkout(FAULTY_CUSTOMER, UUID.randomUUID()), FaultCode.SERVICE_ERROR);
    }

    @Test
    void unknownCartOrACartOfAnotherCustomerIsNotFound() {
        Cart fabrikams = services.carts.create(FABRIKAM, null, Drafts.seed());

        assertRefused(
                () -> services.carts.get(CONTOSO, UNKNOWN),
                FaultCode.CART_NOT_FOUND,
                "Cart " + UNKNOWN + " of customer " + CONTOSO + " was not found.");
        assertRefused(() -> services.carts.get(CONTOSO, fabrikams.id()), FaultCode.CART_NOT_FOUND);
        assertRefused(() -> services.carts.update(CONTOSO, fabrikams.id(), Drafts.seed()), FaultCode.CART_NOT_FOUND);
        assertThat(services.carts.get(FABRIKAM, fabrikams.id())).isEqualTo(fabrikams);
    }

    @Test
    void aBlankCatalogItemIdIsRefusedByName() {
        assertRefused(
                () -> services.carts.create(CONTOSO, null, cart(monthly(M365_BASIC), monthly(" "))),
                FaultCode.INVALID_INPUT,
                "Line item 1 has no catalogItemId.");
        assertRefused(
                () -> services.carts.create(CONTOSO, null, cart(withId(5, monthly("")))),
                FaultCode.INVALID_INPUT,
                "Line item 5 has no catalogItemId.");
        assertRefused(
                () -> services.carts.create(CONTOSO, null, cart(Drafts.withAddons(monthly(M365_BASIC), monthly(" ")))),
                FaultCode.INVALID_INPUT,
                "Add-on item 0 of line item 0 has no catalogItemId.");
    }

    @Test
    void createIsIdempotentPerCustomerAndRequestId() {
        Cart first = services.carts.create(CONTOSO, "request-1", Drafts.seed());
        Cart repeat = services.carts.create(CONTOSO, "request-1", cart(monthly(BARRACUDA)));
        Cart otherRequest = services.carts.create(CONTOSO, "request-2", Drafts.seed());
        Cart otherCustomer = services.carts.create(FABRIKAM, "request-1", Drafts.seed());

        assertThat(repeat).isEqualTo(first);
        assertThat(otherRequest.id()).isNotEqualTo(first.id());
        assertThat(otherCustomer.id()).isNotEqualTo(first.id());
    }

    @Test
    void createWithoutRequestIdAlwaysCreatesANewCart() {
        assertThat(services.carts.create(CONTOSO, null, Drafts.seed()).id())
                .isNotEqualTo(
                        services.carts.create(CONTOSO, null, Drafts.seed()).id())
                .isNotEqualTo(services.carts.create(CONTOSO, " ", Drafts.seed()).id());
    }

    @Test
    void aRefusedCreateDoesNotUseUpItsRequestId() {
        assertRefused(() -> services.carts.create(CONTOSO, "request-1", cart(monthly(" "))), FaultCode.INVALID_INPUT);

        assertThat(services.carts.create(CONTOSO, "request-1", Drafts.seed()).lines())
                .hasSize(5);
    }

    @Test
    void concurrentCreatesWithOneRequestIdMakeOneCart() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Cart>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return services.carts.create(CONTOSO, "same-request", Drafts.seed());
                }));
            }
            start.countDown();
            Set<UUID> ids = ConcurrentHashMap.newKeySet();
            for (Future<Cart> future : futures) {
                ids.add(future.get(10, TimeUnit.SECONDS).id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void updateReplacesTheLinesAndKeepsIdentityAndTimes() {
        Cart cart = services.carts.create(CONTOSO, null, Drafts.seed());
        services.clock.advance(Duration.ofMinutes(3));

        Cart updated = services.carts.update(
                CONTOSO,
                cart.id(),
                cart(line(BARRACUDA, 3, BillingCycle.MONTHLY, "P1M"), line(BARRACUDA, 1, BillingCycle.ANNUAL, "P1M")));

        assertThat(updated.id()).isEqualTo(cart.id());
        assertThat(updated.creationTimestamp()).isEqualTo(cart.creationTimestamp());
        assertThat(updated.expirationTimestamp()).isEqualTo(cart.expirationTimestamp());
        assertThat(updated.lastModifiedTimestamp()).isEqualTo(Services.START.plus(Duration.ofMinutes(3)));
        assertThat(updated.status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(updated.lines()).extracting(CartLine::orderGroup).containsExactly("0", "1");
        assertThat(updated.lines().get(0).pricing()).isEqualTo(new Pricing(1899.0, 1899.0, 1899.0, 1899.0, 5697.0));
        assertThat(updated.lines().get(1).error().code()).isEqualTo(CartErrorCode.INVALID_INPUT);
        assertThat(services.carts.get(CONTOSO, cart.id())).isEqualTo(updated);
    }

    @Test
    void anOrderedCartCannotBeUpdated() {
        Cart cart = services.carts.create(CONTOSO, null, Drafts.seed());
        services.checkouts.checkout(CONTOSO, cart.id());
        Cart ordered = services.carts.get(CONTOSO, cart.id());

        assertRefused(
                () -> services.carts.update(CONTOSO, cart.id(), cart(monthly(BARRACUDA))),
                FaultCode.INVALID_INPUT,
                "Cart " + cart.id() + " has already been ordered and can no longer be changed.");
        assertThat(services.carts.get(CONTOSO, cart.id())).isEqualTo(ordered);
    }

    @Test
    void anExpiredCartCannotBeUpdatedButCanStillBeRead() {
        Cart cart = services.carts.create(CONTOSO, null, Drafts.seed());
        services.clock.advance(Duration.ofDays(7));
        services.carts.update(CONTOSO, cart.id(), Drafts.seed());
        services.clock.advance(Duration.ofMillis(1));

        assertRefused(
                () -> services.carts.update(CONTOSO, cart.id(), Drafts.seed()),
                FaultCode.INVALID_INPUT,
                "Cart " + cart.id() + " expired at 2019-01-23T00:48:30.123456700Z.");
        assertThat(services.carts.get(CONTOSO, cart.id()).id()).isEqualTo(cart.id());
    }

    @Test
    void aCartPastItsRetentionAnswersAsACartThatNeverExisted() {
        Cart active = services.carts.create(CONTOSO, "request-1", Drafts.seed());
        Cart ordered = services.carts.create(CONTOSO, null, Drafts.seed());
        services.checkouts.checkout(CONTOSO, ordered.id());
        services.clock.advance(Services.LIFETIME.plus(CartRetention.DEFAULTS.expiredCartRetention()));
        assertThat(services.carts.get(CONTOSO, active.id()))
                .as("expired, within its retention")
                .isEqualTo(active);

        services.clock.advance(Duration.ofMillis(1));

        for (Cart cart : List.of(active, ordered)) {
            String notFound = "Cart " + cart.id() + " of customer " + CONTOSO + " was not found.";
            assertRefused(() -> services.carts.get(CONTOSO, cart.id()), FaultCode.CART_NOT_FOUND, notFound);
            assertRefused(
                    () -> services.carts.update(CONTOSO, cart.id(), Drafts.seed()), FaultCode.CART_NOT_FOUND, notFound);
            assertRefused(() -> services.checkouts.checkout(CONTOSO, cart.id()), FaultCode.CART_NOT_FOUND, notFound);
        }
        assertThat(services.carts.create(CONTOSO, "request-1", Drafts.seed()).id())
                .as("its request id creates anew")
                .isNotEqualTo(active.id());
    }

    @Test
    void anEvictedCartAnswersAsACartThatNeverExisted() {
        Services small = new Services(new CartRetention(1, CartRetention.DEFAULTS.expiredCartRetention()));
        Cart evicted = small.carts.create(CONTOSO, null, Drafts.seed());
        Cart kept = small.carts.create(CONTOSO, null, Drafts.seed());

        assertRefused(
                () -> small.carts.get(CONTOSO, evicted.id()),
                FaultCode.CART_NOT_FOUND,
                "Cart " + evicted.id() + " of customer " + CONTOSO + " was not found.");
        assertRefused(() -> small.checkouts.checkout(CONTOSO, evicted.id()), FaultCode.CART_NOT_FOUND);
        assertThat(small.carts.get(CONTOSO, kept.id())).isEqualTo(kept);
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        Cart cart = services.carts.create(CONTOSO, null, Drafts.seed());

        assertRefused(() -> services.carts.update(CONTOSO, cart.id(), cart(monthly(" "))), FaultCode.INVALID_INPUT);
        assertThat(services.carts.get(CONTOSO, cart.id())).isEqualTo(cart);
    }
}
