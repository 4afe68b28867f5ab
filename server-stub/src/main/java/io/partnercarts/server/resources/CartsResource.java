package io.partnercarts.server.resources;

import io.partnercarts.server.api.CartsApi;
import io.partnercarts.server.api.model.Cart;
import io.partnercarts.server.carts.CartService;
import io.partnercarts.server.carts.CheckoutService;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * The cart operations of the contract. Translates wire to domain and back; every decision is the
 * checkout domain's. One instance serves every request: it holds nothing of a request.
 */
public final class CartsResource implements CartsApi {
    private final CartService carts;
    private final CheckoutService checkouts;

    public CartsResource(CartService carts, CheckoutService checkouts) {
        this.carts = carts;
        this.checkouts = checkouts;
    }

    @Override
    public Response createCart(
            UUID customerId,
            Cart cart,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion) {
        var created = carts.create(customerId, msRequestId, CartTranslation.toDraft(cart));
        return Response.status(Response.Status.CREATED)
                .entity(CartTranslation.toWire(created))
                .build();
    }

    @Override
    public Response getCart(
            UUID customerId,
            UUID cartId,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion) {
        return Response.ok(CartTranslation.toWire(carts.get(customerId, cartId)))
                .build();
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
        var updated = carts.update(customerId, cartId, CartTranslation.toDraft(cart));
        return Response.ok(CartTranslation.toWire(updated)).build();
    }

    @Override
    public Response checkoutCart(
            UUID customerId,
            UUID cartId,
            String msRequestId,
            String msCorrelationId,
            String xLocale,
            String msContractVersion,
            Object ignoredBody) {
        var result = checkouts.checkout(customerId, cartId);
        return Response.status(Response.Status.CREATED)
                .entity(CheckoutTranslation.toWire(result))
                .build();
    }
}
