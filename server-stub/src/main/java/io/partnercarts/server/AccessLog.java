package io.partnercarts.server;

import io.partnercarts.server.http.RequestIds;
import java.io.PrintStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * One line per request, refused ones included: method, path, status, milliseconds, MS-RequestId,
 * MS-CorrelationId (as answered, so generated ids show too). Written by Jetty once the answer is sent.
 */
final class AccessLog implements RequestLog {
    private final PrintStream out;

    AccessLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void log(Request request, Response response) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        out.println(String.format("%s %s %d %dms MS-RequestId=%s MS-CorrelationId=%s",
                request.getMethod(),
                path == null ? "-" : path,
                response.getStatus(),
                NanoTime.millisSince(request.getBeginNanoTime()),
                orDash(response.getHeaders().get(RequestIds.REQUEST_ID)),
                orDash(response.getHeaders().get(RequestIds.CORRELATION_ID))));
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
