package io.partnercarts.server.core;

/**
 * The Partner Center error codes this service answers in an ApiFault, each with the HTTP status that
 * Partner Center pairs it with. The one place where a failure's code and status are decided.
 */
public enum FaultCode {
    RESOURCE_NOT_FOUND(1000, 404),
    MISSING_TOKEN(800001, 401),
    INVALID_INPUT(800002, 400),
    SERVICE_ERROR(800003, 500),
    CART_NOT_FOUND(800008, 404),
    CART_ITEMS_IN_ERROR(800009, 400),
    CART_BEING_PROCESSED(800064, 409),
    CUSTOMER_NOT_FOUND(60003, 404);

    private final int code;
    private final int httpStatus;

    FaultCode(int code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public int code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
