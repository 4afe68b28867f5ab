package io.partnercarts.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.partnercarts.server.core.FaultCode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A body that is not JSON, or JSON of the wrong shape. Answers which property is wrong and what it
 * should be, in the API's words; the parser's own message (class names, offsets) never leaks. A missing
 * required property is not a parse error: the models have no creators (generateJsonCreator=false), so
 * the contract's {@code required} is enforced by bean validation and answered by
 * {@link ConstraintViolationMapper}.
 */
@Provider
public final class InvalidJsonMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        if (e.getCause() instanceof InputCoercionException tooLarge && !path.isEmpty()) {
            return fault("Property '" + path + "' must be " + range(tooLarge.getTargetType()) + ".", path);
        }
        if (causedBy(e, StreamConstraintsException.class)) {
            return ApiFaults.of(
                    FaultCode.INVALID_INPUT,
                    "The request body holds a number, a string or a nesting "
                            + "of arrays and objects longer or deeper than the service reads.");
        }
        if (causedBy(e, StreamReadException.class) || !(e instanceof JsonMappingException mapping)) {
            return ApiFaults.of(FaultCode.INVALID_INPUT, "The request body is not valid JSON.");
        }
        String property = path.isEmpty() ? "(body)" : path;
        return fault("Property '" + property + "' must be " + expected(mapping) + ".", property);
    }

    /** Jackson wraps a syntax error or a broken read limit met while binding in a mapping exception. */
    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Response fault(String description, String property) {
        return ApiFaults.of(FaultCode.INVALID_INPUT, description, List.of(Map.of("property", property)));
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A number too large for its property: Jackson reports it as a read error, not a mapping one. */
    private static String range(Class<?> target) {
        boolean isLong = target == Long.class || target == long.class;
        return "a whole number from " + (isLong ? Long.MIN_VALUE : Integer.MIN_VALUE) + " to "
                + (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE);
    }

    private static String expected(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch
                ? mismatch.getTargetType()
                : e instanceof ValueInstantiationException instantiation
                        ? instantiation.getType().getRawClass()
                        : null;
        if (target == null) {
            return "a valid value";
        }
        if (target.isEnum()) {
            return "one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class) {
            return "a number";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        if (target.getName().startsWith("java.time")) {
            return "an ISO-8601 date-time";
        }
        return "an object";
    }
}
