package io.partnercarts.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code fixtures.schema.json}, the one description of a fixtures file's format: its fields, their types,
 * which are required, the values and patterns they take. The server checks every file against it before
 * reading it, and an editor given the file's {@code "$schema"} checks it as it is typed. A problem is told
 * as one line, "{@code <JSON path> <what is wrong>}", phrased from the rule that the file breaks.
 */
final class FixturesSchema {
    static final String RESOURCE = "/fixtures/fixtures.schema.json";

    /** VS Code's keyword for what a {@code pattern} expects, in words; the validator takes it for no rule. */
    static final String PATTERN_MESSAGE = "patternErrorMessage";

    private static final String TEXT = resourceText();
    private static final Schema SCHEMA = compile(TEXT);
    private static final JsonNode TREE = SCHEMA.getSchemaNode();

    private FixturesSchema() {}

    /** The schema as it ships, for {@code --print-fixtures-schema}. */
    static String text() {
        return TEXT;
    }

    /** What is wrong with {@code document}, the first problem and how many more follow; empty when it keeps the schema. */
    static Optional<String> problem(JsonNode document) {
        List<Error> errors = SCHEMA.validate(document);
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        int more = errors.size() - 1;
        return Optional.of(describe(errors.get(0))
                + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? ")" : "s)")));
    }

    private static String describe(Error error) {
        String at = error.getInstanceLocation().toString();
        String is = at + " is " + shown(error.getInstanceNode()) + "; ";
        // The schema object whose keyword the file breaks: its other keywords say what was expected.
        JsonNode rule =
                TREE.at(error.getSchemaLocation().getFragment().getParent().toString());
        return switch (error.getKeyword()) {
            case "required" -> at + " needs '" + error.getProperty() + "'";
            case "dependencies" ->
                at + " has '" + error.getProperty() + "' but no '"
                        + joined(rule.get("dependencies")
                                .get(error.getProperty())
                                .valueStream()
                                .map(JsonNode::asText)
                                .filter(field -> !error.getInstanceNode().has(field)))
                        + "'";
            case "additionalProperties" ->
                at + " has an unknown field '" + error.getProperty() + "'; known fields: "
                        + joined(rule.get("properties")
                                .propertyStream()
                                .map(Map.Entry::getKey)
                                .sorted());
            case "type" -> is + "expected " + kind(rule.get("type").asText());
            case "enum" ->
                is + "expected one of " + joined(rule.get("enum").valueStream().map(JsonNode::asText));
            case "pattern" -> is + rule.path(PATTERN_MESSAGE).asText("expected a match of " + rule.get("pattern"));
            case "minimum" -> is + "expected at least " + rule.get("minimum");
            case "maximum" -> is + "expected at most " + rule.get("maximum");
            case "minItems" ->
                at + " has " + error.getInstanceNode().size() + " entries; expected at least " + rule.get("minItems");
            default -> at + " " + error.getMessage();
        };
    }

    private static String joined(Stream<String> texts) {
        return texts.collect(Collectors.joining(", "));
    }

    /** A value as the file has it, on one line: a string quoted and escaped, an array or object by its kind. */
    private static String shown(JsonNode value) {
        if (value.isContainerNode()) {
            return value.isArray() ? "an array" : "an object";
        }
        String json = value.toString();
        return value.isTextual() ? "'" + json.substring(1, json.length() - 1) + "'" : json;
    }

    private static String kind(String schemaType) {
        return switch (schemaType) {
            case "string" -> "a string";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "an array";
            case "object" -> "a JSON object";
            default -> schemaType;
        };
    }

    private static String resourceText() {
        try (InputStream in = FixturesSchema.class.getResourceAsStream(RESOURCE)) {
            return new String(Objects.requireNonNull(in, RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draft-07, reporting JSON paths such as {@code $.offers[2].billingCycles}; no schema is fetched. */
    private static Schema compile(String text) {
        Dialect dialect = Dialect.builder(Dialects.getDraft7())
                .keyword(new NonValidationKeyword(PATTERN_MESSAGE))
                .build();
        SchemaRegistry registry = SchemaRegistry.withDialect(
                dialect,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_PATH)
                        .build()));
        return registry.getSchema(text, InputFormat.JSON);
    }
}
