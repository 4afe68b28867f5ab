package io.partnercarts.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.server.http.ApiFaults;
import io.partnercarts.server.http.JsonMapping;
import io.partnercarts.server.http.RequestIds;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every refusal that Jetty makes before or around Jersey (a request it cannot parse, a path outside
 * {@code /v1}, a size limit) answered as an ApiFault, with no container name, HTML or parser text.
 */
final class ApiFaultErrorHandler extends ErrorHandler {
    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = JsonMapping.create();

    /** A request Jetty has parsed (enough of): the answer echoes its request and correlation ids. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR_500 : response.getStatus();
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, JSON);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        echo(request, headers, RequestIds.REQUEST_ID);
        echo(request, headers, RequestIds.CORRELATION_ID);
        response.write(true, body(status), callback);
        return true;
    }

    /** A request Jetty could not parse at all: there are no headers to echo. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return body(status);
    }

    private static void echo(Request request, HttpFields.Mutable headers, String name) {
        RequestIds.echoable(request.getHeaders().get(name)).ifPresent(id -> headers.put(name, id));
    }

    private static ByteBuffer body(int status) {
        try {
            return ByteBuffer.wrap(MAPPER.writeValueAsBytes(ApiFaults.bodyOfStatus(status)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An ApiFault cannot be written as JSON", e);
        }
    }
}
