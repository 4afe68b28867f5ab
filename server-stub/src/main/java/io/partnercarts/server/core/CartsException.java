package io.partnercarts.server.core;

/** A request the cart domain refuses; the HTTP layer turns it into an ApiFault. */
public final class CartsException extends RuntimeException {
    private final FaultCode fault;

    public CartsException(FaultCode fault, String description) {
        super(description);
        this.fault = fault;
    }

    public FaultCode fault() {
        return fault;
    }

    public String description() {
        return getMessage();
    }
}
