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
 * Every refusal that Jetty makes before or around Jersey (a request it cannot parse, an ambiguous path,
 * a size limit) answered as an ApiFault, with no container name, HTML or parser text. The request and
 * correlation ids are echoed, or generated where the request had none Jetty could read. The connection
 * is closed after every such answer, and the answer says so: what is left of the request on the
 * connection is never read as another request.
 */
final class ApiFaultErrorHandler extends ErrorHandler {
    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = JsonMapping.mapper();

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR_500 : response.getStatus();
        HttpFields.Mutable headers = response.getHeaders();
        describe(headers);
        headers.put(
                RequestIds.REQUEST_ID, RequestIds.answered(request.getHeaders().get(RequestIds.REQUEST_ID)));
        headers.put(
                RequestIds.CORRELATION_ID,
                RequestIds.answered(request.getHeaders().get(RequestIds.CORRELATION_ID)));
        response.write(true, body(status), callback);
        return true;
    }

    /** A request Jetty could not parse far enough to make a request of it. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        describe(fields);
        fields.put(RequestIds.REQUEST_ID, RequestIds.answered(null));
        fields.put(RequestIds.CORRELATION_ID, RequestIds.answered(null));
        return body(status);
    }

    private static void describe(HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, JSON);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONNECTION, "close");
    }

    private static ByteBuffer body(int status) {
        try {
            return ByteBuffer.wrap(MAPPER.writeValueAsBytes(ApiFaults.bodyOfStatus(status)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An ApiFault cannot be written as JSON", e);
        }
    }
}
