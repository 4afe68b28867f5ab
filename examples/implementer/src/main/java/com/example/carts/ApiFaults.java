package com.example.carts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.partnercarts.server.api.model.ApiFault;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Every error answer: an ApiFault with an integer code, in the API's words, never parser text or a stack trace. */
@Provider
public final class ApiFaults implements ExceptionMapper<Throwable> {
    static final int INVALID_INPUT = 800002;
    private static final Logger LOG = Logger.getLogger(ApiFaults.class.getName());

    /** A request this implementation refuses: its status, Partner Center code, description and details. */
    static final class Refusal extends RuntimeException {
        private final int status;
        private final int code;
        private final List<?> data;

        Refusal(int status, int code, String description, List<?> data) {
            super(description, null, false, false);
            this.status = status;
            this.code = code;
            this.data = data;
        }
    }

    static Refusal refusal(int status, int code, String description) {
        return new Refusal(status, code, description, List.of());
    }

    static Refusal invalidInput(String description) {
        return refusal(400, INVALID_INPUT, description);
    }

    static Response fault(int status, int code, String description, List<?> data) {
        ApiFault fault = new ApiFault()
                .code(code)
                .description(description)
                .data(List.copyOf(data))
                .source("ExampleCarts");
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(fault)
                .build();
    }

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof Refusal refusal) {
            return fault(refusal.status, refusal.code, refusal.getMessage(), refusal.data);
        }
        if (e instanceof JsonProcessingException json) {
            return notACart(json);
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return fault(status, status == 400 ? INVALID_INPUT : status, httpRefusal(status), List.of());
        }
        LOG.log(Level.WARNING, "unexpected failure", e);
        return fault(500, 800003, "An unexpected error occurred; nothing was changed. Retry the request.", List.of());
    }

    private static String httpRefusal(int status) {
        return switch (status) {
            case 404 -> "This API has no such resource.";
            case 405 -> "This resource does not answer that method.";
            case 406 -> "This API answers in application/json only.";
            case 415 -> "The request body must be application/json.";
            default -> "The request cannot be answered (HTTP " + status + ").";
        };
    }

    /** Names the property that is wrong and what it must be; the parser's own message never leaks. */
    private static Response notACart(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        if (e.getCause() instanceof InputCoercionException && !path.isEmpty()) {
            return invalidProperty(
                    path, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
            return fault(400, INVALID_INPUT, "The request body is not valid JSON.", List.of());
        }
        if (path.isEmpty()) {
            return fault(400, INVALID_INPUT, "The request body must be a cart, a JSON object.", List.of());
        }
        if (e instanceof InvalidNullException) {
            return invalidProperty(path, "must not be null");
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return invalidProperty(path, "must be " + expected(target));
    }

    private static Response invalidProperty(String path, String problem) {
        return fault(
                400,
                INVALID_INPUT,
                "Property '" + path + "' " + problem + ".",
                List.of(Map.of("property", path, "problem", problem)));
    }

    /** The property as the contract names it: lineItems[0].participants[1].key. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "a valid value";
        }
        if (target.isEnum()) {
            return "one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (target == Integer.class) {
            return "a whole number";
        }
        if (target == Boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        return List.class.isAssignableFrom(target) ? "an array" : "an object";
    }
}
