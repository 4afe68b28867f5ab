package io.partnercarts.server.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * OPTIONS is answered 204 with the {@code Allow} header alone. Jersey's own answer is a {@code text/plain}
 * list of the methods, which is not a body this JSON-only API sends.
 */
@Provider
public final class OptionsAnswer implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())
                && response.getStatus() == Response.Status.OK.getStatusCode()) {
            response.setStatus(Response.Status.NO_CONTENT.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove("Content-Type");
        }
    }
}
