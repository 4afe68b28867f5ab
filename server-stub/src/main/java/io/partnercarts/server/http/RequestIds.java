package io.partnercarts.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;

/**
 * Gives every request an MS-RequestId and an MS-CorrelationId (the caller's, or new ones) and echoes
 * them on the response, errors included.
 */
@Provider
@PreMatching
@Priority(100)
public final class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String REQUEST_ID = "MS-RequestId";
    public static final String CORRELATION_ID = "MS-CorrelationId";

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(REQUEST_ID, orNew(request.getHeaderString(REQUEST_ID)));
        request.setProperty(CORRELATION_ID, orNew(request.getHeaderString(CORRELATION_ID)));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(REQUEST_ID, of(request, REQUEST_ID));
        response.getHeaders().putSingle(CORRELATION_ID, of(request, CORRELATION_ID));
    }

    /** The id this request carries; "-" if the request never reached the filter. */
    public static String of(ContainerRequestContext request, String header) {
        Object id = request.getProperty(header);
        return id == null ? "-" : id.toString();
    }

    private static String orNew(String id) {
        return id == null || id.isBlank() ? UUID.randomUUID().toString() : id.trim();
    }
}
