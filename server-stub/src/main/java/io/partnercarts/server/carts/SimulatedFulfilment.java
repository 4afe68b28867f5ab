package io.partnercarts.server.carts;

import io.partnercarts.server.catalog.Catalog;
import io.partnercarts.server.catalog.CheckoutBehaviour;
import io.partnercarts.server.catalog.CheckoutFailure;
import io.partnercarts.server.catalog.Offer;
import io.partnercarts.server.core.CartLine;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.FaultCode;
import io.partnercarts.server.core.OrderError;
import java.util.List;
import java.util.Optional;

/** What the sandbox offers' checkout settings make a checkout do: fail, wait, or break. */
final class SimulatedFulfilment {
    private final Catalog catalog;

    SimulatedFulfilment(Catalog catalog) {
        this.catalog = catalog;
    }

    boolean hasServiceError(List<CartLine> lines) {
        return behaviours(lines).stream().anyMatch(CheckoutBehaviour::serviceError);
    }

    /** Waits as long as the slowest offer of the group takes to provision. */
    void provision(OrderGroup group) {
        long millis = behaviours(group.lines()).stream()
                .mapToLong(CheckoutBehaviour::delayMillis)
                .max()
                .orElse(0);
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CartsException(
                    FaultCode.SERVICE_ERROR, "The checkout was interrupted; nothing was changed. Retry the request.");
        }
    }

    /** The error of the group's first offer that fails this attempt, if any. */
    Optional<OrderError> failure(OrderGroup group, int earlierFailures) {
        return behaviours(group.lines()).stream()
                .filter(behaviour -> behaviour.fails(earlierFailures))
                .map(CheckoutBehaviour::failure)
                .findFirst()
                .map((CheckoutFailure failure) -> new OrderError(group.id(), failure.code(), failure.description()));
    }

    private List<CheckoutBehaviour> behaviours(List<CartLine> lines) {
        return CartLines.inCartOrder(lines).stream()
                .flatMap(line -> catalog.find(line.catalogItemId()).stream())
                .map(Offer::checkout)
                .toList();
    }
}
