package io.partnercarts.server.http;

import io.partnercarts.server.core.FaultCode;
import java.util.Locale;

/**
 * Refusals of HTTP itself, whoever makes them (Jersey or the container): the ApiFault code and the
 * description of each status. A refusal with no Partner Center code of its own carries its status as
 * the code.
 */
public final class HttpRefusals {
    /** The contract's "Limits" section: the largest body, request target and header block accepted. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    public static final int MAX_TARGET_CHARS = 2048;
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    private HttpRefusals() {}

    public static int code(int status) {
        return switch (status) {
            case 400 -> FaultCode.INVALID_INPUT.code();
            case 404 -> FaultCode.RESOURCE_NOT_FOUND.code();
            default -> status;
        };
    }

    public static String description(int status) {
        return switch (status) {
            case 400 ->
                "The request is not valid HTTP/1.1: check the request line, the header lines, the"
                        + " Content-Length or chunked framing, and the percent-encoding of the path and query.";
            case 404 -> "There is no resource at this path.";
            case 405 -> "The method is not allowed on this resource.";
            case 406 -> "The service answers only application/json.";
            case 408 -> "The request was not received in time; the connection is closed.";
            case 411 -> "The request must declare its body with Content-Length or chunked Transfer-Encoding.";
            case 413 ->
                "The request body is larger than the " + MAX_BODY_BYTES / 1024 / 1024 + " MiB the service accepts.";
            case 414 ->
                String.format(
                        Locale.ROOT,
                        "The request target is longer than the %,d characters the service accepts.",
                        MAX_TARGET_CHARS);
            case 415 -> "The request body must be application/json.";
            case 431 ->
                "The request's header lines are larger than the " + MAX_HEADER_BYTES / 1024
                        + " KiB the service accepts.";
            case 501 -> "The service does not implement this method or transfer coding.";
            case 505 -> "The service speaks HTTP/1.1 (and HTTP/1.0) only.";
            default -> "The request could not be processed (HTTP status " + status + ").";
        };
    }
}
