package io.partnercarts.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * One request of the suite and its answer, as sent and received: what a failure report shows, so that an
 * implementer sees what broke without reading the suite.
 *
 * @param method the HTTP method
 * @param target the path and query, as sent
 * @param requestContentType the request's {@code Content-Type}, empty when none
 * @param requestBody the request body as text, empty when none
 * @param status the answer's status
 * @param responseContentType the answer's {@code Content-Type}, empty when none
 * @param responseBody the answer's body as text, empty when none
 */
public record Exchange(
        String method,
        String target,
        String requestContentType,
        String requestBody,
        int status,
        String responseContentType,
        String responseBody) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longer bodies are cut in a report. */
    private static final int SHOWN_BODY = 2000;

    /** {@code POST /v1/customers/…/carts → 201 application/json}. */
    public String line() {
        return method + " " + target + " → " + status
                + (responseContentType.isEmpty() ? "" : " " + responseContentType);
    }

    /** The value at a JSON pointer of the request body ({@code request}) or the answer's, compact; empty if none. */
    public Optional<String> valueAt(String pointer, boolean request) {
        String body = request ? requestBody : responseBody;
        if (pointer == null || pointer.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode value = JSON.readTree(body).at(pointer);
            return value.isMissingNode() ? Optional.empty() : Optional.of(cut(value.toString(), 300));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The exchange in a few indented lines: the request line and status, then the bodies (cut when long). */
    public String describe(String indent) {
        StringBuilder text = new StringBuilder(indent).append(line());
        if (!requestBody.isEmpty()) {
            text.append('\n')
                    .append(indent)
                    .append("request body (")
                    .append(requestContentType.isEmpty() ? "no Content-Type" : requestContentType)
                    .append("): ")
                    .append(cut(requestBody, SHOWN_BODY));
        }
        text.append('\n')
                .append(indent)
                .append("response body: ")
                .append(responseBody.isEmpty() ? "(none)" : cut(responseBody, SHOWN_BODY));
        return text.toString();
    }

    static String cut(String text, int length) {
        String oneLine = text.replace("\r", "").replace('\n', ' ');
        return oneLine.length() <= length
                ? oneLine
                : oneLine.substring(0, length) + "… (" + oneLine.length() + " characters)";
    }
}
