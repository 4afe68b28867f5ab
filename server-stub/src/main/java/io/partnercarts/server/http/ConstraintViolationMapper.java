package io.partnercarts.server.http;

import io.partnercarts.server.core.FaultCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A request that breaks the contract's constraints: required properties, sizes and lengths, ranges, on
 * the body or on a header. Names each property or header and what it must be, within the contract's
 * limits on an ApiFault (a description of at most 1,024 characters, at most 100 data entries).
 */
@Provider
public final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    static final int MAX_DESCRIPTION = 1024;
    static final int MAX_DATA = 100;
    private static final int MAX_NAME = 200;
    private static final String MORE = " And %d more.";
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem> problems = e.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::problemOf)
                .sorted(Comparator.comparing(p -> naturalOrder(p.name())))
                .toList();
        List<Object> data =
                problems.stream().limit(MAX_DATA).map(p -> (Object) p.asData()).toList();
        return ApiFaults.of(FaultCode.INVALID_INPUT, describe(problems), data);
    }

    /** A property of the body, or a header or parameter, and what is wrong with it. */
    record Problem(String kind, String name, String problem) {
        String sentence() {
            return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " '" + name + "' " + problem + ".";
        }

        /** What is wrong, then how: the same key order in every answer. */
        Map<String, String> asData() {
            Map<String, String> data = new LinkedHashMap<>();
            data.put(kind.equals("property") ? "property" : kind.equals("header") ? "header" : "parameter", name);
            data.put("problem", problem);
            return data;
        }
    }

    /** As many sentences as fit in the description, then how many more there are. */
    static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "The request is invalid.";
        }
        StringBuilder text = new StringBuilder();
        int reserve = String.format(MORE, problems.size()).length();
        for (int i = 0; i < problems.size(); i++) {
            String next = (i == 0 ? "" : " ") + problems.get(i).sentence();
            boolean last = i == problems.size() - 1;
            if (text.length() + next.length() + (last ? 0 : reserve) > MAX_DESCRIPTION) {
                return text.append(String.format(MORE, problems.size() - i))
                        .toString()
                        .strip();
            }
            text.append(next);
        }
        return text.toString();
    }

    private static Problem problemOf(ConstraintViolation<?> violation) {
        String problem = problem(violation);
        StringBuilder property = new StringBuilder();
        Path.MethodNode method = null;
        Problem parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD -> method = node.as(Path.MethodNode.class);
                case PARAMETER ->
                    parameter = jaxRsParameter(
                            violation.getRootBeanClass(),
                            method,
                            node.as(Path.ParameterNode.class).getParameterIndex(),
                            problem);
                default -> appendTo(property, node);
            }
        }
        if (property.length() == 0 && parameter != null) {
            return parameter;
        }
        return new Problem("property", property.length() == 0 ? "(body)" : shortened(property.toString()), problem);
    }

    /**
     * What the value must be. The validator words every size as "size must be between 0 and 256"; this
     * says which end was broken and in what unit.
     */
    private static String problem(ConstraintViolation<?> violation) {
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size) {
            Object value = violation.getInvalidValue();
            String unit = value instanceof CharSequence ? "character" : value instanceof Map ? "entry" : "item";
            boolean tooShort =
                    size.max() == Integer.MAX_VALUE || (value != null && SizeInCharacters.sizeOf(value) < size.min());
            int bound = tooShort ? size.min() : size.max();
            String what = bound + " " + (bound == 1 ? unit : unit.equals("entry") ? "entries" : unit + "s");
            if (value instanceof CharSequence) {
                return "must be at " + (tooShort ? "least " : "most ") + what + " long";
            }
            return "must have at " + (tooShort ? "least " : "most ") + what;
        }
        return violation.getMessage();
    }

    /** {@code createCart.cart.lineItems[0].quantity} becomes {@code lineItems[0].quantity}. */
    private static void appendTo(StringBuilder property, Path.Node node) {
        if (node.isInIterable()) {
            Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
            property.append('[')
                    .append(key == null ? "" : shortened(String.valueOf(key)))
                    .append(']');
        }
        if (node.getName() != null && !node.getName().startsWith("<")) {
            property.append(property.length() == 0 ? "" : ".").append(node.getName());
        }
    }

    /** The header, path or query parameter that the generated interface binds at this position. */
    private static Problem jaxRsParameter(Class<?> resource, Path.MethodNode method, int index, String problem) {
        if (resource == null || method == null) {
            return null;
        }
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        Deque<Class<?>> candidates = new ArrayDeque<>(List.of(resource));
        List<Class<?>> visited = new ArrayList<>();
        while (!candidates.isEmpty()) {
            Class<?> type = candidates.pop();
            if (visited.contains(type)) {
                continue;
            }
            visited.add(type);
            try {
                Annotation[][] annotations =
                        type.getMethod(method.getName(), types).getParameterAnnotations();
                for (Annotation annotation : index < annotations.length ? annotations[index] : new Annotation[0]) {
                    if (annotation instanceof HeaderParam header) {
                        return new Problem("header", header.value(), problem);
                    }
                    if (annotation instanceof PathParam path) {
                        return new Problem("path parameter", path.value(), problem);
                    }
                    if (annotation instanceof QueryParam query) {
                        return new Problem("query parameter", query.value(), problem);
                    }
                }
            } catch (NoSuchMethodException e) {
                // not declared here; look further up
            }
            candidates.addAll(List.of(type.getInterfaces()));
            if (type.getSuperclass() != null) {
                candidates.add(type.getSuperclass());
            }
        }
        return null;
    }

    /** {@code lineItems[2]} before {@code lineItems[10]}: numbers are compared by value. */
    private static String naturalOrder(String name) {
        return NUMBER.matcher(name)
                .replaceAll(number -> "0".repeat(9 - number.group().length()) + number.group());
    }

    private static String shortened(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "...";
    }
}
