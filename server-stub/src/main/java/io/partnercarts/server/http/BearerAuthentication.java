package io.partnercarts.server.http;

import io.partnercarts.server.core.FaultCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Requires {@code Authorization: Bearer <token>} on every request. The sandbox accepts any token;
 * validating it is a later step.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthentication implements ContainerRequestFilter {
    static final String CHALLENGE = "Bearer realm=\"partner-carts\"";
    private static final String SCHEME = "bearer ";

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!hasBearerToken(authorization)) {
            Response fault = ApiFaults.of(
                    FaultCode.MISSING_TOKEN, "The request has no bearer token in its Authorization header.");
            request.abortWith(Response.fromResponse(fault)
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build());
        }
    }

    private static boolean hasBearerToken(String authorization) {
        return authorization != null
                && authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)
                && !authorization.substring(SCHEME.length()).isBlank();
    }
}
