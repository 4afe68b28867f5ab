package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every answer of the API must be, whatever it was sent: an error is an ApiFault in JSON, a 5xx is
 * only ever the documented service error, a success is JSON, and nothing reveals the implementation.
 * Each violation is one line starting with one of the prefixes below, so that a tally can classify it.
 */
public final class AnswerRules {
    public static final String SERVER_ERROR = "5xx: ";
    public static final String NOT_AN_API_FAULT = "not an ApiFault: ";
    public static final String NOT_JSON = "not JSON: ";
    public static final String LEAK = "leak: ";
    public static final String IDS_NOT_ECHOED = "ids not echoed: ";

    /** The documented service error, the only 500 the API may answer. */
    public static final int SERVICE_ERROR_CODE = 800003;
    /**
     * An MS-RequestId or MS-CorrelationId the service echoes, once trimmed: visible ASCII, at most the
     * contract's 128 characters. Any other value (or none) is replaced by one the service generates.
     */
    public static final Pattern ECHOED_ID = Pattern.compile("[\\x21-\\x7E]{1,128}");

    /** What only a stack trace, a parser message, a class name or a container's own page would show. */
    private static final List<String> LEAK_MARKERS = List.of(
            "exception",
            "java.",
            "jakarta.",
            "org.glassfish",
            "grizzly",
            "jetty",
            "jackson",
            "<html",
            "stack",
            " at io.",
            "caused by");
    /** A product version in a Server header (RFC 9110 {@code product/version}, or Jetty's {@code Jetty(9.4)}). */
    private static final Pattern PRODUCT_VERSION = Pattern.compile("[/(]\\s*v?\\d");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private AnswerRules() {}

    /** Everything wrong with the answer; empty when it follows every rule. */
    public static List<String> violations(WireAnswer answer) {
        List<String> found = new ArrayList<>();
        Optional<JsonNode> json = json(answer);
        if (answer.successful()) {
            successProblem(answer, json).ifPresent(problem -> found.add(NOT_JSON + problem));
        } else {
            faultProblem(answer, json).ifPresent(problem -> found.add(NOT_AN_API_FAULT + problem));
        }
        if (answer.status() >= 500 && !allowedServerStatus(answer.status(), json)) {
            found.add(SERVER_ERROR + answer.brief());
        }
        leaks(answer).forEach(leak -> found.add(LEAK + leak));
        return found;
    }

    /**
     * The answer to a HEAD request, which has no body: its headers must still be those of a JSON answer
     * (an ApiFault's, for an error) and reveal nothing.
     */
    public static List<String> headViolations(WireAnswer answer) {
        List<String> found = new ArrayList<>();
        if (answer.status() != 204 && !isJsonContentType(answer)) {
            found.add((answer.successful() ? NOT_JSON : NOT_AN_API_FAULT) + contentTypeOf(answer));
        }
        if (answer.status() >= 500) {
            found.add(SERVER_ERROR + answer.brief());
        }
        leaks(answer).forEach(leak -> found.add(LEAK + leak));
        return found;
    }

    /**
     * The documented service error, or 501 and 505, which HTTP reserves for a method or a version it does
     * not know itself.
     */
    private static boolean allowedServerStatus(int status, Optional<JsonNode> json) {
        return status == 501 || status == 505 || status == 500 && code(json) == SERVICE_ERROR_CODE;
    }

    /**
     * {@link #violations(WireAnswer)}, and the request's {@code MS-RequestId} and {@code MS-CorrelationId}
     * echoed when they were sent as {@link #ECHOED_ID}s; when they were not (null: not sent), an id the
     * service generated in their place, itself one it could echo.
     */
    public static List<String> violations(WireAnswer answer, String sentRequestId, String sentCorrelationId) {
        List<String> found = violations(answer);
        echoProblem(answer, "MS-RequestId", sentRequestId).ifPresent(problem -> found.add(IDS_NOT_ECHOED + problem));
        echoProblem(answer, "MS-CorrelationId", sentCorrelationId)
                .ifPresent(problem -> found.add(IDS_NOT_ECHOED + problem));
        return found;
    }

    /** The leak markers the text contains; a generator uses it to keep them out of what it sends. */
    public static List<String> leakMarkersIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return LEAK_MARKERS.stream().filter(lower::contains).toList();
    }

    private static Optional<String> successProblem(WireAnswer answer, Optional<JsonNode> json) {
        if (answer.status() == 204) {
            return Optional.empty();
        }
        if (!isJsonContentType(answer)) {
            return Optional.of(contentTypeOf(answer));
        }
        return json.isPresent() ? Optional.empty() : Optional.of("body of " + answer.brief());
    }

    private static Optional<String> faultProblem(WireAnswer answer, Optional<JsonNode> json) {
        if (!isJsonContentType(answer)) {
            return Optional.of(contentTypeOf(answer));
        }
        if (json.isEmpty() || !json.get().isObject()) {
            return Optional.of("no JSON object in " + answer.brief());
        }
        JsonNode code = json.get().path("code");
        if (!code.isIntegralNumber() || !code.canConvertToInt()) {
            return Optional.of("no integer code in " + answer.brief());
        }
        JsonNode description = json.get().path("description");
        if (!description.isTextual() || description.asText().isBlank()) {
            return Optional.of("no description in " + answer.brief());
        }
        return Optional.empty();
    }

    private static List<String> leaks(WireAnswer answer) {
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : answer.headers().entrySet()) {
            for (String value : header.getValue()) {
                leakMarkersIn(header.getKey() + ": " + value)
                        .forEach(marker -> leaks.add("\"" + marker + "\" in header " + header.getKey() + ": " + value));
                if (header.getKey().equals("server")
                        && PRODUCT_VERSION.matcher(value).find()) {
                    leaks.add("a product version in header server: " + value);
                }
            }
        }
        leakMarkersIn(answer.bodyText()).forEach(marker -> leaks.add("\"" + marker + "\" in " + answer.brief()));
        return leaks;
    }

    private static Optional<String> echoProblem(WireAnswer answer, String header, String sent) {
        Optional<String> answered = answer.header(header).map(String::trim);
        String trimmed = sent == null ? "" : sent.trim();
        if (ECHOED_ID.matcher(trimmed).matches()) {
            return answered.filter(trimmed::equals).isPresent()
                    ? Optional.empty()
                    : Optional.of(header + " sent " + trimmed + ", answered " + answered.orElse("(none)"));
        }
        String what = sent == null ? "was not sent" : "sent as " + JsonText.abbreviate(JsonText.quoteAscii(sent));
        if (answered.filter(value -> !value.isEmpty()).isEmpty()) {
            return Optional.of(header + " " + what + " and none was generated");
        }
        return answered.filter(ECHOED_ID.asMatchPredicate()).isPresent()
                ? Optional.empty()
                : Optional.of(header + " " + what + ", answered " + JsonText.quoteAscii(answered.get())
                        + " instead of a generated id");
    }

    private static String contentTypeOf(WireAnswer answer) {
        return "Content-Type " + answer.header("content-type").orElse("(none)") + " on " + answer.brief();
    }

    private static boolean isJsonContentType(WireAnswer answer) {
        return answer.header("content-type")
                .map(type -> type.split(";", 2)[0].trim().equalsIgnoreCase("application/json"))
                .orElse(false);
    }

    private static Optional<JsonNode> json(WireAnswer answer) {
        if (answer.body().length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(answer.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int code(Optional<JsonNode> json) {
        return json.map(body -> body.path("code"))
                .filter(JsonNode::canConvertToInt)
                .map(JsonNode::asInt)
                .orElse(-1);
    }
}
