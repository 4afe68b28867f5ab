package io.partnercarts.server.http;

import io.partnercarts.server.core.FaultCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.function.Supplier;

/**
 * Refuses a Content-Type or Accept header that is not a valid media type (list) with an ApiFault.
 * Jersey parses both while matching the request and answers a 400 with no body, outside any exception
 * mapper; parsing them here first, with Jersey's own parser, answers in the API's words instead.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
public final class MediaTypeHeaders implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        if (!parses(request::getMediaType)) {
            refuse(request, HttpHeaders.CONTENT_TYPE + " header is not a valid media type.");
        } else if (!parses(request::getAcceptableMediaTypes)) {
            refuse(request, HttpHeaders.ACCEPT + " header is not a valid list of media types.");
        }
    }

    private static boolean parses(Supplier<?> header) {
        try {
            header.get();
            return true;
        } catch (ProcessingException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(ContainerRequestContext request, String problem) {
        request.abortWith(ApiFaults.of(FaultCode.INVALID_INPUT, "The " + problem));
    }
}
