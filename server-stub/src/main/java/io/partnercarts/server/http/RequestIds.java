package io.partnercarts.server.http;

import io.partnercarts.server.core.RandomIds;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives every request an MS-RequestId and an MS-CorrelationId (the caller's, or new ones when the
 * caller sent none or one that cannot be echoed) and echoes them on the response, errors included.
 */
@Provider
@PreMatching
@Priority(100)
public final class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String REQUEST_ID = "MS-RequestId";
    public static final String CORRELATION_ID = "MS-CorrelationId";
    private static final Pattern ECHOABLE = Pattern.compile("[\\x21-\\x7E]{1,128}");

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(REQUEST_ID, answered(request.getHeaderString(REQUEST_ID)));
        request.setProperty(CORRELATION_ID, answered(request.getHeaderString(CORRELATION_ID)));
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

    /**
     * The caller's id if it can be echoed: visible ASCII, at most the contract's 128 characters, so that
     * nothing a client sends can shape an answer's headers beyond them.
     */
    private static Optional<String> echoable(String id) {
        return id == null
                ? Optional.empty()
                : Optional.of(id.trim()).filter(t -> ECHOABLE.matcher(t).matches());
    }

    /** The id an answer carries: the caller's if it can be echoed, otherwise a new one. */
    public static String answered(String sent) {
        return echoable(sent).orElseGet(() -> RandomIds.uuid().toString());
    }
}
