package io.partnercarts.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The contract as the api-spec jar packages it ({@code openapi/partner-carts.yaml}): the suite checks
 * implementations against exactly what is published, never against a copy of its own.
 */
public final class PackagedContract {
    static final String RESOURCE = "openapi/partner-carts.yaml";

    private static final String TEXT = read();
    private static final OpenAPI PARSED = parse(TEXT);

    private PackagedContract() {}

    /** The document as YAML text. */
    public static String text() {
        return TEXT;
    }

    /** The contract's {@code info.title}, e.g. {@code Partner Center cart checkout API}. */
    public static String title() {
        return PARSED.getInfo().getTitle();
    }

    /** The contract's {@code info.version}: the version of the contract that the suite checks. */
    public static String version() {
        return PARSED.getInfo().getVersion();
    }

    /** The value of {@code #/components/examples/NAME} as JSON. */
    public static JsonNode example(String name) {
        Example example = PARSED.getComponents().getExamples().get(name);
        if (example == null || example.getValue() == null) {
            throw new IllegalArgumentException("The contract has no example " + name);
        }
        return Json.mapper().valueToTree(example.getValue());
    }

    /** The parsed document; the {@code $ref}s inside it are left as they are. */
    public static OpenAPI openApi() {
        return PARSED;
    }

    /** The schema {@code #/components/schemas/NAME}; the {@code $ref}s inside it are left as they are. */
    public static Schema<?> schema(String name) {
        Schema<?> schema = PARSED.getComponents().getSchemas().get(name);
        if (schema == null) {
            throw new IllegalArgumentException("The contract has no schema " + name);
        }
        return schema;
    }

    /**
     * The schema itself, or the one its {@code $ref} names (following a chain of them); null for null. The
     * suite's one way of reading through a {@code $ref}.
     */
    public static Schema<?> resolved(Schema<?> schema) {
        Schema<?> resolved = schema;
        while (resolved != null && resolved.get$ref() != null) {
            resolved = schema(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        }
        return resolved;
    }

    private static String read() {
        try (InputStream in = Objects.requireNonNull(
                PackagedContract.class.getClassLoader().getResourceAsStream(RESOURCE),
                RESOURCE + " is not on the classpath: the api-spec jar is missing")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenAPI parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
        return Objects.requireNonNull(api, "The packaged contract does not parse");
    }
}
