package io.partnercarts.server.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes every response body whole, with its Content-Length, in one write. Jersey's Jetty container does
 * not buffer: the body would go out chunked, in one write per flush of the JSON writer and one more for the
 * last chunk, each a blocking write on the connection. The API's bodies are a few KiB.
 */
@Provider
public final class WholeBodies implements WriterInterceptor {
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        OutputStream wire = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        context.setOutputStream(body);
        context.proceed();
        context.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.size());
        body.writeTo(wire);
    }
}
