package io.partnercarts.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** The contract as the tests read it: the document on the test classpath, parsed with swagger-parser. */
final class Contract {
    static final String RESOURCE = "openapi/partner-carts.yaml";

    private Contract() {}

    static Path path() {
        URL url = Objects.requireNonNull(
                Contract.class.getClassLoader().getResource(RESOURCE), RESOURCE + " is not on the test classpath");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text() {
        try (InputStream in =
                Objects.requireNonNull(Contract.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses with {@code resolve} on; internal {@code #/components/...} references stay references. */
    static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readLocation(path().toString(), null, options);
    }

    static OpenAPI openApi() {
        SwaggerParseResult result = parse();
        if (result.getOpenAPI() == null) {
            throw new IllegalStateException("The contract does not parse: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    static ApiResponse deref(OpenAPI api, ApiResponse response) {
        String ref = response.get$ref();
        if (ref == null) {
            return response;
        }
        return deref(api, lookup(api.getComponents().getResponses(), ref, "#/components/responses/"));
    }

    static RequestBody deref(OpenAPI api, RequestBody body) {
        String ref = body.get$ref();
        if (ref == null) {
            return body;
        }
        return deref(api, lookup(api.getComponents().getRequestBodies(), ref, "#/components/requestBodies/"));
    }

    static Parameter deref(OpenAPI api, Parameter parameter) {
        String ref = parameter.get$ref();
        if (ref == null) {
            return parameter;
        }
        return deref(api, lookup(api.getComponents().getParameters(), ref, "#/components/parameters/"));
    }

    static Example deref(OpenAPI api, Example example) {
        String ref = example.get$ref();
        if (ref == null) {
            return example;
        }
        return deref(api, lookup(api.getComponents().getExamples(), ref, "#/components/examples/"));
    }

    private static <T> T lookup(Map<String, T> components, String ref, String prefix) {
        if (!ref.startsWith(prefix)) {
            throw new IllegalStateException("Unsupported reference " + ref + " (expected " + prefix + "...)");
        }
        String name = ref.substring(prefix.length());
        T target = components == null ? null : components.get(name);
        if (target == null) {
            throw new IllegalStateException("Dangling reference " + ref);
        }
        return target;
    }
}
