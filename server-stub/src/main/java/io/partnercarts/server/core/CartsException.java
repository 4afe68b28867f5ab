package io.partnercarts.server.core;

/** A request the cart domain refuses; the HTTP layer turns it into an ApiFault. */
public final class CartsException extends RuntimeException {
    private final FaultCode fault;

    public CartsException(FaultCode fault, String description) {
        super(description);
        this.fault = fault;
    }

    /** The service's own failure: nothing was changed and the request may be retried. */
    public static CartsException serviceError() {
        return new CartsException(
                FaultCode.SERVICE_ERROR, "An unexpected error occurred; nothing was changed. Retry the request.");
    }

    public FaultCode fault() {
        return fault;
    }

    public String description() {
        return getMessage();
    }
}
