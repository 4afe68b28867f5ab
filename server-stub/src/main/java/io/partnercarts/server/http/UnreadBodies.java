package io.partnercarts.server.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Reads to its end whatever a request body still holds when the answer is ready: a request refused
 * before its body was read (no token, a malformed id, a method not allowed) must not leave that body on
 * the connection, and closing the connection instead would lose the client's next request. A body
 * that cannot be read to its end (over the size limit, stalled) closes the connection, and the answer
 * says so.
 */
@Provider
public final class UnreadBodies implements ContainerResponseFilter {
    private static final String CONNECTION = "Connection";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            request.getEntityStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            response.getHeaders().putSingle(CONNECTION, "close");
        }
    }
}
