package io.partnercarts.server.http;

import io.partnercarts.server.core.CartsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal of the cart domain: its fault code decides code and status. */
@Provider
public final class CartsExceptionMapper implements ExceptionMapper<CartsException> {
    @Override
    public Response toResponse(CartsException e) {
        return ApiFaults.of(e.fault(), e.description());
    }
}
