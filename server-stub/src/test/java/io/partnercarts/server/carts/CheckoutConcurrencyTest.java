package io.partnercarts.server.carts;

import static io.partnercarts.server.carts.Drafts.BARRACUDA;
import static io.partnercarts.server.carts.Drafts.CONTOSO;
import static io.partnercarts.server.carts.Drafts.SLOW;
import static io.partnercarts.server.carts.Drafts.cart;
import static io.partnercarts.server.carts.Drafts.line;
import static io.partnercarts.server.carts.Drafts.monthly;
import static io.partnercarts.server.carts.Services.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.CheckoutResult;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.core.Order;
import io.partnercarts.server.testsupport.AtOnce;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CheckoutConcurrencyTest extends ServicesFixture {
    private static final int THREADS = 16;

    @Test
    void aRepeatOfAFinishedCheckoutAnswersEvenWhileTheCartIsHeld() throws Exception {
        Cart cart = services.carts.create(CONTOSO, null, Drafts.seed());
        CheckoutResult first = services.checkouts.checkout(CONTOSO, cart.id());

        try (var hold = services.store.tryHold(cart.id()).orElseThrow()) {
            assertThat(services.checkouts.checkout(CONTOSO, cart.id())).isEqualTo(first);
        }
    }

    @Test
    void concurrentCheckoutsPlaceOneSetOfOrders() throws Exception {
        Cart cart = services.carts.create(CONTOSO, null, Drafts.seed());

        List<Object> outcomes = allAtOnce(() -> services.checkouts.checkout(CONTOSO, cart.id()));

        CheckoutResult stored = services.checkouts.checkout(CONTOSO, cart.id());
        assertThat(stored.orders()).hasSize(3);
        assertThat(outcomes).allSatisfy(outcome -> {
            if (outcome instanceof CartsException refusal) {
                assertThat(refusal.fault()).isEqualTo(FaultCode.CART_BEING_PROCESSED);
                assertThat(refusal.description())
                        .isEqualTo("Cart " + cart.id() + " is being processed by another request.");
            } else {
                assertThat(outcome).isEqualTo(stored);
            }
        });
        assertThat(outcomes).filteredOn(CheckoutResult.class::isInstance).isNotEmpty();
        assertThat(outcomes)
                .filteredOn(CheckoutResult.class::isInstance)
                .flatMap(result -> ((CheckoutResult) result).orders())
                .extracting(Order::id)
                .containsOnly(stored.orders().stream().map(Order::id).toArray(String[]::new));
    }

    @Test
    void whileASlowCheckoutRunsAnotherCheckoutOrUpdateIsRefused() throws Exception {
        Cart cart = services.carts.create(
                CONTOSO, null, cart(monthly(BARRACUDA), line(SLOW, 1, BillingCycle.MONTHLY, "P1M")));

        CompletableFuture<CheckoutResult> slow =
                CompletableFuture.supplyAsync(() -> services.checkouts.checkout(CONTOSO, cart.id()));
        awaitHeld(cart);

        assertRefused(
                () -> services.checkouts.checkout(CONTOSO, cart.id()),
                FaultCode.CART_BEING_PROCESSED,
                "Cart " + cart.id() + " is being processed by another request.");
        assertRefused(
                () -> services.carts.update(CONTOSO, cart.id(), cart(monthly(BARRACUDA))),
                FaultCode.CART_BEING_PROCESSED);
        assertThat(services.carts.get(CONTOSO, cart.id())).isEqualTo(cart);

        CheckoutResult result = slow.get(10, TimeUnit.SECONDS);
        assertThat(result.orders()).hasSize(1);
        assertThat(services.carts.get(CONTOSO, cart.id()).status()).isEqualTo(CartStatus.ORDERED);
        assertThat(services.checkouts.checkout(CONTOSO, cart.id())).isEqualTo(result);
    }

    private void awaitHeld(Cart cart) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!services.store.isHeld(cart.id())) {
            if (System.nanoTime() > deadline) {
                fail("The checkout never started.");
            }
            Thread.sleep(5);
        }
    }

    /** Runs the call on {@value THREADS} threads released together; each outcome is a value or a CartsException. */
    private static List<Object> allAtOnce(Callable<?> call) throws Exception {
        return AtOnce.times(THREADS, () -> {
            try {
                return (Object) call.call();
            } catch (CartsException refusal) {
                return refusal;
            }
        });
    }
}
