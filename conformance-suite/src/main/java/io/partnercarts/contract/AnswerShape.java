package io.partnercarts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An answer of the API read the way the packaged contract describes it: the schema of the answer of an
 * operation and status, the properties of an answer that the contract does not name, and the answer as a JSON
 * value for comparisons.
 *
 * <p>The contract says {@code additionalProperties: false} nowhere, so an answer may carry properties it does not
 * name: Partner Center adds properties over time, the breaking-change gate calls a new response property
 * compatible, and every official SDK ignores unknown ones. One kind of unnamed property is no extension but a
 * misspelling: a name that differs only in case from one its object's schema names ({@code Id} for {@code id},
 * {@code creationTimeStamp} for {@code creationTimestamp}) breaks the wire rule "Responses use the camelCase
 * names below" ({@link Unnamed#miscased()}).
 */
public final class AnswerShape {
    private static final String JSON = "application/json";
    private static final String RESPONSES = "#/components/responses/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Each path of the contract as a pattern of the paths it stands for (a trailing slash tolerated). */
    private static final Map<Pattern, PathItem> PATHS = paths();

    private AnswerShape() {}

    /**
     * A property of an answer that the contract does not name, at a JSON pointer ({@code /lineItems/0/extra});
     * {@code named} is the name the contract gives it when the two differ only in case, otherwise null.
     */
    public record Unnamed(String pointer, String named) {
        /** A contract's name spelt in another case: a broken wire rule, not an extension. */
        public boolean miscased() {
            return named != null;
        }
    }

    /**
     * The schema of the JSON answer of {@code operationId} with {@code status} (the status's own, else the
     * operation's {@code default}); empty when the contract documents no such operation, status or JSON body.
     */
    public static Optional<Schema<?>> of(String operationId, int status) {
        return PATHS.values().stream()
                .flatMap(path -> path.readOperations().stream())
                .filter(operation -> operationId.equals(operation.getOperationId()))
                .findFirst()
                .flatMap(operation -> answerOf(operation, status));
    }

    /**
     * The same for the operation that {@code method} on {@code path} calls; {@code path} is below the API root
     * ({@code /customers/.../carts}, no {@code /v1}).
     */
    public static Optional<Schema<?>> of(String method, String path, int status) {
        PathItem.HttpMethod httpMethod;
        try {
            httpMethod = PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return PATHS.entrySet().stream()
                .filter(entry -> entry.getKey().matcher(path).matches())
                .map(entry -> entry.getValue().readOperationsMap().get(httpMethod))
                .filter(operation -> operation != null)
                .findFirst()
                .flatMap(operation -> answerOf(operation, status));
    }

    /** Every property of {@code answer} that {@code schema} does not name, in the answer's order. */
    public static List<Unnamed> unnamed(Schema<?> schema, JsonNode answer) {
        List<Unnamed> found = new ArrayList<>();
        walk(schema, answer, "", found);
        return found;
    }

    /**
     * {@code answer} as a JSON value of {@code schema}, for comparing answers: only the properties the contract
     * names, every number as its numeric value ({@code 1899} and {@code 1899.0} are equal), keys sorted (order
     * never mattered). Where the contract describes no properties (a map, a free-form value) all is kept.
     */
    public static JsonNode comparable(Schema<?> schema, JsonNode answer) {
        return walk(schema, answer, "", null);
    }

    /** An object schema with named properties, such as {@code Cart} (not a map, not a free-form value). */
    static boolean namesProperties(Schema<?> schema) {
        Schema<?> resolved = PackagedContract.resolved(schema);
        return resolved != null
                && resolved.getProperties() != null
                && !resolved.getProperties().isEmpty();
    }

    /** The schema of the property {@code name} of an object: a named property's, or a map's values'. */
    static Optional<Schema<?>> property(Schema<?> object, String name) {
        Schema<?> resolved = PackagedContract.resolved(object);
        if (resolved == null) {
            return Optional.empty();
        }
        if (resolved.getProperties() != null && resolved.getProperties().containsKey(name)) {
            return Optional.of(
                    PackagedContract.resolved(resolved.getProperties().get(name)));
        }
        if (resolved.getAdditionalProperties() instanceof Schema<?> values) {
            return Optional.of(PackagedContract.resolved(values));
        }
        return Optional.empty();
    }

    /** The schema of an array's elements. */
    static Optional<Schema<?>> items(Schema<?> array) {
        Schema<?> resolved = PackagedContract.resolved(array);
        return resolved == null
                ? Optional.empty()
                : Optional.ofNullable(PackagedContract.resolved(resolved.getItems()));
    }

    /** A {@code number} (not an {@code integer}): one that may be written {@code 1899} or {@code 1899.0}. */
    static boolean isNumber(Schema<?> schema) {
        Schema<?> resolved = PackagedContract.resolved(schema);
        return resolved != null && "number".equals(resolved.getType());
    }

    /** Finds the unnamed properties into {@code found}, or, when it is null, answers the comparable value. */
    private static JsonNode walk(Schema<?> schema, JsonNode node, String pointer, List<Unnamed> found) {
        Schema<?> resolved = PackagedContract.resolved(schema);
        if (node.isObject()) {
            Map<String, JsonNode> kept = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                Optional<Schema<?>> declared = resolved == null ? Optional.empty() : property(resolved, field.getKey());
                if (declared.isPresent() || !namesProperties(resolved)) {
                    kept.put(field.getKey(), walk(declared.orElse(null), field.getValue(), at, found));
                } else if (found != null) {
                    found.add(new Unnamed(at, sameButForCase(resolved, field.getKey())));
                }
            }
            ObjectNode object = NODES.objectNode();
            kept.forEach(object::set);
            return object;
        }
        if (node.isArray()) {
            Schema<?> elements = resolved == null ? null : items(resolved).orElse(null);
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                array.add(walk(elements, node.get(i), pointer + "/" + i, found));
            }
            return array;
        }
        if (node.isNumber()) {
            return NODES.numberNode(node.decimalValue().stripTrailingZeros());
        }
        return node;
    }

    private static String sameButForCase(Schema<?> object, String name) {
        return object.getProperties().keySet().stream()
                .filter(named -> named.equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }

    private static Optional<Schema<?>> answerOf(Operation operation, int status) {
        if (operation.getResponses() == null) {
            return Optional.empty();
        }
        ApiResponse response = operation.getResponses().get(String.valueOf(status));
        if (response == null) {
            response = operation.getResponses().getDefault();
        }
        if (response != null && response.get$ref() != null) {
            response = PackagedContract.openApi()
                    .getComponents()
                    .getResponses()
                    .get(response.get$ref().substring(RESPONSES.length()));
        }
        return Optional.ofNullable(response)
                .map(ApiResponse::getContent)
                .map(content -> content.get(JSON))
                .map(MediaType::getSchema);
    }

    private static Map<Pattern, PathItem> paths() {
        Map<Pattern, PathItem> paths = new LinkedHashMap<>();
        PackagedContract.openApi().getPaths().forEach((template, item) -> {
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q") + "/?";
            paths.put(Pattern.compile(regex), item);
        });
        return paths;
    }
}
