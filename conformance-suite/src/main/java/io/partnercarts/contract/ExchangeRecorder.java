package io.partnercarts.contract;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the last few exchanges of the suite's REST Assured requests ({@link CartsEndpoint} adds it to every
 * request), for {@link ExchangeEvidence} to show with a failure. It runs next to the wire, after the contract
 * validator's filter has passed the request on, so it records the answer even when the validator refuses it.
 */
public final class ExchangeRecorder implements OrderedFilter {
    public static final ExchangeRecorder INSTANCE = new ExchangeRecorder();

    private static final int KEPT = 8;
    /** Bodies are kept up to this many characters. */
    private static final int KEPT_BODY = 64 * 1024;

    private static final Deque<Exchange> RECENT = new ArrayDeque<>();

    private ExchangeRecorder() {}

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        record(new Exchange(
                request.getMethod(),
                uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()),
                orEmpty(request.getContentType()),
                kept(bodyOf(request.getBody())),
                answer.statusCode(),
                orEmpty(answer.contentType()),
                kept(answer.asString())));
        return answer;
    }

    /** Last of all the filters: the validator's filter sees the answer only after this has recorded it. */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    /** Forgets what was recorded: a test starts with no exchange. */
    public static void clear() {
        synchronized (RECENT) {
            RECENT.clear();
        }
    }

    /** The most recent exchange, if any since {@link #clear()}. */
    public static Optional<Exchange> last() {
        synchronized (RECENT) {
            return Optional.ofNullable(RECENT.peekLast());
        }
    }

    /** The recorded exchanges, oldest first. */
    public static List<Exchange> recent() {
        synchronized (RECENT) {
            return List.copyOf(RECENT);
        }
    }

    private static void record(Exchange exchange) {
        synchronized (RECENT) {
            if (RECENT.size() == KEPT) {
                RECENT.removeFirst();
            }
            RECENT.addLast(exchange);
        }
    }

    private static String bodyOf(Object body) {
        if (body == null) {
            return "";
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return body.toString();
    }

    private static String kept(String body) {
        return body.length() <= KEPT_BODY ? body : body.substring(0, KEPT_BODY);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
