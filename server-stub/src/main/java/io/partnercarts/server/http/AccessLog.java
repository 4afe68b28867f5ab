package io.partnercarts.server.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Writes one line per request: method, path, status, milliseconds, MS-RequestId, MS-CorrelationId.
 * Registered as an instance so the destination can be chosen where the application is assembled.
 */
@PreMatching
@Priority(50)
public final class AccessLog implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String STARTED = AccessLog.class.getName() + ".started";

    private final PrintStream out;
    private final LongSupplier nanoTime;

    public AccessLog(PrintStream out) {
        this(out, System::nanoTime);
    }

    AccessLog(PrintStream out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, nanoTime.getAsLong());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long millis = started == null ? 0 : (nanoTime.getAsLong() - (long) started) / 1_000_000;
        out.println(String.format("%s %s %d %dms MS-RequestId=%s MS-CorrelationId=%s",
                request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(),
                response.getStatus(),
                millis,
                RequestIds.of(request, RequestIds.REQUEST_ID),
                RequestIds.of(request, RequestIds.CORRELATION_ID)));
    }
}
