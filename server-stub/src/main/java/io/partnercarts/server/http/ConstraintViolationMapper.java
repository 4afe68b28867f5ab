package io.partnercarts.server.http;

import io.partnercarts.server.core.FaultCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** A body that breaks the contract's constraints (required properties, minimum sizes). */
@Provider
public final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<ConstraintViolation<?>> violations = e.getConstraintViolations().stream()
                .sorted((a, b) -> property(a).compareTo(property(b)))
                .toList();
        String description = violations.stream()
                .map(v -> "Property '" + property(v) + "' " + problem(v) + ".")
                .reduce((a, b) -> a + " " + b)
                .orElse("The request is invalid.");
        List<Object> data = violations.stream()
                .map(v -> (Object) Map.of("property", property(v), "problem", problem(v)))
                .toList();
        return ApiFaults.of(FaultCode.INVALID_INPUT, description, data);
    }

    /** The validator's message, except for an open-ended size, which it words as "between 1 and 2147483647". */
    private static String problem(ConstraintViolation<?> violation) {
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size && size.max() == Integer.MAX_VALUE) {
            return "must have at least " + size.min() + (size.min() == 1 ? " item" : " items");
        }
        return violation.getMessage();
    }

    /** {@code createCart.cart.lineItems[0].quantity} becomes {@code lineItems[0].quantity}. */
    private static String property(ConstraintViolation<?> violation) {
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                property.append('[').append(node.getIndex() == null ? "" : node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                property.append(property.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return property.length() == 0 ? "(body)" : property.toString();
    }
}
