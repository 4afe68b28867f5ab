package com.example.carts;

import io.partnercarts.server.api.CartsApi;
import io.partnercarts.server.api.model.Cart;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The contract's cart operations: the generated interface's paths, methods and media types, implemented on this
 * example's catalog and store. {@link RequestRules} has already checked the token, the headers and the ids.
 */
public final class CartsResource implements CartsApi {
    private final CartStore store;

    @Inject
    CartsResource(CartStore store) {
        this.store = store;
    }

    @Override
    public Response createCart(
            UUID customerId,
            Cart cart,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion) {
        CartLimits.check(cart);
        Cart created = store.create(customerId, msRequestId, Catalog.answered(cart.getLineItems()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Override
    public Response getCart(
            UUID customerId,
            UUID cartId,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion) {
        return Response.ok(store.cart(customerId, cartId)).build();
    }

    @Override
    public Response updateCart(
            UUID customerId,
            UUID cartId,
            Cart cart,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion) {
        CartLimits.check(cart);
        return Response.ok(store.update(customerId, cartId, Catalog.answered(cart.getLineItems())))
                .build();
    }

    @Override
    public Response checkoutCart(
            UUID customerId,
            UUID cartId,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion,
            Object body) {
        return Response.status(Response.Status.CREATED)
                .entity(store.checkout(customerId, cartId))
                .build();
    }
}
