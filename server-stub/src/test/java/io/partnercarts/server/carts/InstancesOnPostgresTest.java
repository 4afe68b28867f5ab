package io.partnercarts.server.carts;

import static io.partnercarts.server.carts.Services.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.CheckoutResult;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.testsupport.LocalPostgres;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two server instances' services on one database: what one does, the other sees, and a checkout that died
 * with its instance blocks its cart only until its lease runs out.
 */
class InstancesOnPostgresTest {
    private static final Duration LEASE = Duration.ofMillis(800);
    private static final String CART_BEING_PROCESSED = "is being processed by another request.";

    private final LocalPostgres.Database database = LocalPostgres.shared().newDatabase();
    private final Services crashing = Services.onPostgres(database, LEASE);
    private final Services surviving = Services.onPostgres(database, LEASE);

    @AfterEach
    void close() {
        crashing.close();
        surviving.close();
    }

    @Test
    void aCreateRetriedOnAnotherInstanceAnswersTheSameCart() {
        Cart first = crashing.carts.create(Drafts.CONTOSO, "retried", Drafts.seed());

        assertThat(surviving.carts.create(Drafts.CONTOSO, "retried", Drafts.seed()))
                .isEqualTo(first);
    }

    @Test
    void aCheckoutThatDiedWithItsInstanceIsCompletedByTheNextOneAfterTheLease() throws Exception {
        Cart cart = surviving.carts.create(Drafts.CONTOSO, null, Drafts.seed());
        // The dying instance took the cart's lease for its checkout, then was killed before it saved anything.
        CartHold died = crashing.store.tryHold(cart.id()).orElseThrow();

        assertRefused(() -> surviving.checkouts.checkout(Drafts.CONTOSO, cart.id()), FaultCode.CART_BEING_PROCESSED);
        assertRefused(
                () -> surviving.carts.update(Drafts.CONTOSO, cart.id(), Drafts.seed()), FaultCode.CART_BEING_PROCESSED);
        assertThat(surviving.carts.get(Drafts.CONTOSO, cart.id())).isEqualTo(cart);

        CheckoutResult result = checkoutOnceTheLeaseRunsOut(cart);

        assertThat(result.orders()).hasSize(3);
        assertThat(result.orderErrors()).isEmpty();
        assertThat(crashing.checkouts.checkout(Drafts.CONTOSO, cart.id()))
                .as("repeated on the other instance")
                .isEqualTo(result);
        assertThat(crashing.carts.get(Drafts.CONTOSO, cart.id()).status()).isEqualTo(CartStatus.ORDERED);
        assertRefused(
                () -> crashing.carts.update(Drafts.CONTOSO, cart.id(), Drafts.seed()),
                FaultCode.INVALID_INPUT,
                "Cart " + cart.id() + " has already been ordered and can no longer be changed.");
        died.close();
    }

    private CheckoutResult checkoutOnceTheLeaseRunsOut(Cart cart) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Optional<CheckoutResult> result = Optional.empty();
            try {
                result = Optional.of(surviving.checkouts.checkout(Drafts.CONTOSO, cart.id()));
            } catch (CartsException refused) {
                assertThat(refused.description()).endsWith(CART_BEING_PROCESSED);
            }
            if (result.isPresent()) {
                return result.get();
            }
            assertThat(System.nanoTime()).as("the lease runs out within 10 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
