package io.partnercarts.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.client.model.ApiFault;
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

    PartnerCenterException(String message, int status, ApiFault fault, String requestId, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.fault = fault;
        this.requestId = requestId;
    }

    static PartnerCenterException of(ApiException e, ObjectMapper mapper, String requestId) {
        ApiFault fault = e.getErrorEntity() instanceof ApiFault typed ? typed : parseFault(e.getResponseBody(), mapper);
        String message = "HTTP " + e.getCode()
                + (fault == null ? "" : " " + fault.getCode() + " " + fault.getDescription())
                + " (MS-RequestId " + requestId + ")";
        return new PartnerCenterException(message, e.getCode(), fault, requestId, e);
    }

    static PartnerCenterException noResponse(RuntimeException cause, String requestId) {
        return new PartnerCenterException("No answer: " + cause.getMessage() + " (MS-RequestId " + requestId + ")",
                NO_RESPONSE, null, requestId, cause);
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

    /** Whether trying again may succeed: no answer, 429, or a server error. */
    public boolean isRetryable() {
        return status == NO_RESPONSE || status == 429 || status >= 500;
    }
}
