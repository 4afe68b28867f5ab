package io.partnercarts.server.core;

/** Partner Center's CartErrorCode values that the catalog rules give a line item; sent as integers. */
public enum CartErrorCode {
    CATALOG_ITEM_ID_IS_NOT_VALID(10001),
    UNABLE_TO_PROCESS_CART_LINE_ITEM(10006),
    INVALID_INPUT(10010);

    private final int code;

    CartErrorCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
