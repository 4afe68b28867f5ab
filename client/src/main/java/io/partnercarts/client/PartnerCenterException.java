package io.partnercarts.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.client.model.ApiFault;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cart call that failed: the HTTP status and the {@link ApiFault} the service answered, or no status
 * at all when no answer arrived (connection refused, reset, timed out).
 */
public class PartnerCenterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The {@link #status()} of a call that got no HTTP answer. */
    public static final int NO_RESPONSE = 0;

    private final int status;
    private final transient ApiFault fault;
    private final String requestId;
    private final Duration retryAfter;

    PartnerCenterException(
            String message, int status, ApiFault fault, String requestId, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.fault = fault;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    static PartnerCenterException of(ApiException e, ObjectMapper mapper, String requestId) {
        ApiFault fault = e.getErrorEntity() instanceof ApiFault typed ? typed : parseFault(e.getResponseBody(), mapper);
        String message = "HTTP " + e.getCode()
                + (fault == null ? "" : " " + fault.getCode() + " " + fault.getDescription())
                + " (MS-RequestId " + requestId + ")";
        return new PartnerCenterException(
                message, e.getCode(), fault, requestId, retryAfter(e.getResponseHeaders()), e);
    }

    static PartnerCenterException noResponse(RuntimeException cause, String requestId) {
        return new PartnerCenterException(
                "No answer: " + cause.getMessage() + " (MS-RequestId " + requestId + ")",
                NO_RESPONSE,
                null,
                requestId,
                null,
                cause);
    }

    /** The wait a {@code Retry-After} header asks for: delay-seconds or an HTTP date; null without one. */
    private static Duration retryAfter(Map<String, List<String>> headers) {
        String value = headers == null
                ? null
                : headers.entrySet().stream()
                        .filter(header -> "Retry-After".equalsIgnoreCase(header.getKey())
                                && !header.getValue().isEmpty())
                        .map(header -> header.getValue().get(0).trim())
                        .findFirst()
                        .orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration untilThen = Duration.between(
                        ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return untilThen.isNegative() ? Duration.ZERO : untilThen;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static ApiFault parseFault(String body, ObjectMapper mapper) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return mapper.readValue(body, ApiFault.class);
        } catch (Exception notAFault) {
            return null;
        }
    }

    /** The HTTP status, or {@link #NO_RESPONSE} when the service did not answer. */
    public int status() {
        return status;
    }

    /** Partner Center's integer error code, for example 800008 for an unknown cart. */
    public Optional<Integer> code() {
        return fault().map(ApiFault::getCode);
    }

    public Optional<String> description() {
        return fault().map(ApiFault::getDescription);
    }

    /** The whole error body, when the service answered one. */
    public Optional<ApiFault> fault() {
        return Optional.ofNullable(fault);
    }

    /** The MS-RequestId of the logical call, the same on every attempt: quote it to support. */
    public String requestId() {
        return requestId;
    }

    /** How long the service asked to wait before trying again ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether trying again may succeed: no answer, 429, or a server error. */
    public boolean isRetryable() {
        return status == NO_RESPONSE || status == 429 || status >= 500;
    }
}
