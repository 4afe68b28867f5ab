package com.example.carts;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What every request must be before an operation runs: a target of at most 2,048 characters, a bearer token,
 * headers that parse and stay within the contract's limits, and a JSON body declared in UTF-8 if at all. Every
 * answer, errors included, echoes the request's MS-RequestId and MS-CorrelationId, or carries generated ones where
 * none could be echoed.
 */
@Provider
@PreMatching
public final class RequestRules implements ContainerRequestFilter, ContainerResponseFilter {
    private static final List<String> REQUEST_IDS = List.of("MS-RequestId", "MS-CorrelationId");
    private static final Pattern ECHOABLE = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer +\\S+");
    private static final Map<String, Integer> HEADER_LIMITS =
            Map.of("MS-RequestId", 128, "MS-CorrelationId", 128, "X-Locale", 35, "MS-Contract-Version", 16);
    /** Path and query: every URL of this API is under 200 characters. */
    private static final int MAX_TARGET = 2048;

    @Override
    public void filter(ContainerRequestContext request) {
        Response refusal = refusal(request);
        // The operations then read the ids the answer carries, which key create's idempotency too.
        for (String header : REQUEST_IDS) {
            String sent = request.getHeaderString(header);
            boolean echoable = sent != null && ECHOABLE.matcher(sent.trim()).matches();
            String id = echoable ? sent.trim() : UUID.randomUUID().toString();
            request.getHeaders().putSingle(header, id);
        }
        if (refusal != null) {
            request.abortWith(refusal);
        }
    }

    private static Response refusal(ContainerRequestContext request) {
        URI target = request.getUriInfo().getRequestUri();
        int length = target.getRawPath().length()
                + Objects.toString(target.getRawQuery(), "").length();
        if (length > MAX_TARGET) {
            return ApiFaults.fault(414, 414, "The request target is longer than 2,048 characters.", List.of());
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !BEARER.matcher(authorization).matches()) {
            return Response.fromResponse(ApiFaults.fault(401, 800001, "No bearer token in Authorization.", List.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build();
        }
        if (!parses(request::getMediaType) || !parses(request::getAcceptableMediaTypes)) {
            return invalid("The Content-Type or Accept header is not a media type.");
        }
        if (!isUtf8(request.getMediaType())) {
            return invalid("The request body must be JSON in UTF-8, not another charset.");
        }
        for (Map.Entry<String, Integer> limit : HEADER_LIMITS.entrySet()) {
            String value = request.getHeaderString(limit.getKey());
            if (value != null && value.trim().length() > limit.getValue()) {
                return invalid("The " + limit.getKey() + " header is longer than " + limit.getValue() + " characters.");
            }
        }
        return null;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        for (String header : REQUEST_IDS) {
            response.getHeaders().putSingle(header, request.getHeaderString(header));
        }
    }

    private static Response invalid(String description) {
        return ApiFaults.fault(400, ApiFaults.INVALID_INPUT, description, List.of());
    }

    private static boolean parses(Supplier<?> header) {
        try {
            header.get();
            return true;
        } catch (ProcessingException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isUtf8(MediaType type) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return charset == null || StandardCharsets.UTF_8.equals(Charset.forName(charset));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The customer-id and cart-id in the contract's GUID form only, checked before Jersey converts them:
     * {@code UUID.fromString} also reads {@code 1-2-3-4-5}, ids a digit short, and other scripts' digits.
     */
    @Provider
    public static final class GuidIds implements ContainerRequestFilter {
        private static final Pattern GUID =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        @Override
        public void filter(ContainerRequestContext request) {
            for (String id : List.of("customer-id", "cart-id")) {
                String value = request.getUriInfo().getPathParameters().getFirst(id);
                if (value != null && !GUID.matcher(value).matches()) {
                    request.abortWith(invalid("The " + id + " is not a GUID (8-4-4-4-12 hex digits)."));
                    return;
                }
            }
        }
    }
}
