package io.partnercarts.server.carts;

import io.partnercarts.server.catalog.Customer;
import io.partnercarts.server.catalog.Fixtures;
import io.partnercarts.server.core.Cart;
import io.partnercarts.server.core.CartStatus;
import io.partnercarts.server.core.CartsException;
import io.partnercarts.server.core.CheckoutResult;
import io.partnercarts.server.core.Order;
import io.partnercarts.server.core.OrderError;
import io.partnercarts.server.store.CartHold;
import io.partnercarts.server.store.CartStore;
import io.partnercarts.server.store.CheckoutHistory;
import io.partnercarts.server.store.StoredCart;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks carts out into one order per order group. Idempotent: a group is ordered at most once, a repeat
 * answers the orders placed so far and only tries again the groups that failed.
 */
public final class CheckoutService {
    private final Clock clock;
    private final CartLookup lookup;
    private final OrderGrouping grouping;
    private final SimulatedFulfilment fulfilment;
    private final OrderPlacement placement = new OrderPlacement();

    public CheckoutService(Fixtures fixtures, CartStore store, Clock clock) {
        this.clock = clock;
        this.lookup = new CartLookup(fixtures.customers(), store);
        this.grouping = new OrderGrouping(fixtures.catalog());
        this.fulfilment = new SimulatedFulfilment(fixtures.catalog());
    }

    public CheckoutResult checkout(UUID customerId, UUID cartId) {
        Customer customer = lookup.customer(customerId);
        StoredCart found = lookup.cart(customerId, cartId);
        Optional<CheckoutResult> finished = finishedResult(found);
        if (finished.isPresent()) {
            return finished.get(); // a repeat of a finished checkout never waits for, or blocks, anyone
        }
        try (CartHold hold = lookup.hold(customerId, cartId)) {
            StoredCart stored = hold.current();
            Cart cart = stored.cart();
            CheckoutHistory history = stored.history();
            if (!history.hasAttempts()) {
                CartRules.requireCheckoutable(cart, clock.instant());
            }
            List<OrderGroup> groups = grouping.groupsOf(cart.lines());
            List<OrderGroup> unordered = groups.stream()
                    .filter(group -> history.orderOf(group.id()).isEmpty())
                    .toList();
            if (unordered.isEmpty()) {
                return resultOf(groups, history);
            }
            if (fulfilment.hasServiceError(cart.lines())) {
                throw CartsException.serviceError();
            }
            CheckoutHistory next = attempt(unordered, history, customer);
            hold.save(withOrdersPlaced(cart, next), next);
            return resultOf(groups, next);
        }
    }

    private CheckoutHistory attempt(List<OrderGroup> unordered, CheckoutHistory history, Customer customer) {
        Map<String, Order> orders = new LinkedHashMap<>(history.ordersByGroup());
        Map<String, OrderError> errors = new LinkedHashMap<>();
        Map<String, Integer> failedAttempts = new LinkedHashMap<>(history.failedAttemptsByGroup());
        for (OrderGroup group : unordered) {
            fulfilment.provision(group);
            Optional<OrderError> failure = fulfilment.failure(group, history.failedAttemptsOf(group.id()));
            if (failure.isPresent()) {
                errors.put(group.id(), failure.get());
                failedAttempts.merge(group.id(), 1, Integer::sum);
            } else {
                orders.put(group.id(), placement.place(group, customer, clock.instant()));
            }
        }
        return new CheckoutHistory(orders, errors, failedAttempts);
    }

    private Cart withOrdersPlaced(Cart cart, CheckoutHistory history) {
        if (history.ordersByGroup().isEmpty() || cart.status() == CartStatus.ORDERED) {
            return cart;
        }
        return cart.withStatus(CartStatus.ORDERED).modified(clock.instant(), cart.lastModifiedUser());
    }

    /** The result of a checkout that already ordered every group of the cart, if there was one. */
    private Optional<CheckoutResult> finishedResult(StoredCart stored) {
        List<OrderGroup> groups = grouping.groupsOf(stored.cart().lines());
        boolean allOrdered = groups.stream()
                .allMatch(group -> stored.history().orderOf(group.id()).isPresent());
        return allOrdered && stored.history().hasAttempts()
                ? Optional.of(resultOf(groups, stored.history()))
                : Optional.empty();
    }

    /** Orders and errors in the order of the cart's groups, so that a repeat answers an equal result. */
    private static CheckoutResult resultOf(List<OrderGroup> groups, CheckoutHistory history) {
        List<Order> orders = groups.stream()
                .flatMap(group -> history.orderOf(group.id()).stream())
                .toList();
        List<OrderError> errors = groups.stream()
                .flatMap(group -> history.errorOf(group.id()).stream())
                .toList();
        return new CheckoutResult(orders, errors);
    }
}
