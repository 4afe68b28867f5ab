package io.partnercarts.server.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.InterceptorContext;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Reads to its end whatever a request body still holds when the answer is ready: a request refused
 * before its body was read (no token, a malformed id, a method not allowed) must not leave that body on
 * the connection, and closing the connection instead would lose the client's next request. A body
 * that cannot be read to its end (over the size limit, stalled) closes the connection, and the answer
 * says so. A body the resource read whole ({@link #readWhole}) has nothing left: Jersey closed its
 * stream, and the connection stays open for the client's next request.
 */
@Provider
public final class UnreadBodies implements ContainerResponseFilter {
    private static final String CONNECTION = "Connection";
    private static final String READ_WHOLE = UnreadBodies.class.getName() + ".readWhole";

    /** Notes that the request body was read to its end, so that nothing is left on the connection. */
    static void readWhole(InterceptorContext context) {
        context.setProperty(READ_WHOLE, Boolean.TRUE);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(READ_WHOLE) != null) {
            return;
        }
        try {
            request.getEntityStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            response.getHeaders().putSingle(CONNECTION, "close");
        }
    }
}
