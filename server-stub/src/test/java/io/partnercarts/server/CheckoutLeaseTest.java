package io.partnercarts.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnercarts.server.catalog.Fixtures;
import io.partnercarts.server.catalog.Offer;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** The checkout lease must outlast the slowest offer's provisioning; the server refuses to start otherwise. */
class CheckoutLeaseTest {
    /** Nothing listens there: the lease is refused before the database is reached. */
    private static final ServerSettings ON_A_DATABASE =
            ServerSettings.DEFAULTS.withPort(0).withAccessLog(false).withDatabaseUrl("jdbc:postgresql://127.0.0.1:1/x");

    @Test
    void theDefaultLeaseOutlastsTheSlowestBuiltInOffer() {
        Offer slowest = Fixtures.builtIn().catalog().offers().stream()
                .max(Comparator.comparingLong(offer -> offer.checkout().delayMillis()))
                .orElseThrow();

        assertThat(slowest.checkout().delayMillis()).isPositive();
        assertThat(ServerSettings.DEFAULTS.checkoutLease())
                .isGreaterThan(Duration.ofMillis(slowest.checkout().delayMillis()));
    }

    @Test
    void aLeaseNoLongerThanTheSlowestOfferIsRefusedInOneLine() {
        assertThatThrownBy(() -> CartsServer.start(ON_A_DATABASE.withCheckoutLease(Duration.ofSeconds(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The checkout lease PT2S (--checkout-lease) must be longer than the slowest offer's"
                        + " provisioning, PT2S (offer SANDBOX0SLOW:0001:SANDBOX0SLOW).");
    }

    @Test
    void aLongerLeaseGoesOnToTheDatabase() {
        assertThatThrownBy(() -> CartsServer.start(ON_A_DATABASE.withCheckoutLease(Duration.ofMillis(2001))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/x: ");
    }

    @Test
    void inMemoryThereIsNoLease() throws Exception {
        try (CartsServer server = CartsServer.start(
                ServerSettings.DEFAULTS.withPort(0).withAccessLog(false).withCheckoutLease(Duration.ofMillis(1)))) {
            assertThat(server.baseUri()).isNotNull();
        }
    }
}
