package io.partnercarts.spec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The examples of one document and the Atlassian validator built from the same document: every request
 * body and response example found by walking the operations, and a check of each against its schema.
 */
final class ExampleCheck {
    private static final ObjectMapper JSON = io.swagger.v3.core.util.Json.mapper();

    /** Fallbacks when a path parameter has no example of its own. */
    static final Map<String, String> DEFAULT_IDS = Map.of(
            "customer-id", "28045616-f6b9-462f-9701-0d89b5e65c44",
            "cart-id", "b4c8fdea-cbe4-4d17-9576-13fcacbf9605");

    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final List<ExampleCase> cases;

    /**
     * One example of one media type, of a request body ({@code status == null}) or a response;
     * {@code location} is where its value is written in the document (a JSON pointer).
     */
    record ExampleCase(
            String path,
            HttpMethod method,
            String status,
            String mediaType,
            String name,
            String location,
            Object value,
            Operation operation,
            PathItem pathItem) {

        boolean isRequest() {
            return status == null;
        }

        String displayName() {
            return method + " " + path + " " + (isRequest() ? "request" : status) + " " + name;
        }
    }

    private ExampleCheck(OpenAPI api, OpenApiInteractionValidator validator) {
        this.api = api;
        this.validator = validator;
        this.cases = collect();
    }

    static ExampleCheck of(String documentText) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api =
                new OpenAPIV3Parser().readContents(documentText, null, options).getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("The document does not parse");
        }
        return new ExampleCheck(
                api,
                OpenApiInteractionValidator.createForInlineApiSpecification(documentText)
                        .withResolveRefs(true)
                        .withResolveCombinators(true)
                        .build());
    }

    OpenAPI api() {
        return api;
    }

    OpenApiInteractionValidator validator() {
        return validator;
    }

    List<ExampleCase> cases() {
        return cases;
    }

    /** Why the example does not match its schema, with where it is written; empty when it matches. */
    Optional<String> mismatch(ExampleCase c) {
        ValidationReport report = validate(c, c.value());
        if (!report.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of("The example " + c.location() + " (" + c.displayName() + ") does not match its schema:\n"
                + format(report));
    }

    ValidationReport validate(ExampleCase c, Object value) {
        String concretePath = "/v1" + concretePath(c);
        Request.Method method = Request.Method.valueOf(c.method().name());
        if (c.isRequest()) {
            SimpleRequest.Builder request =
                    new SimpleRequest.Builder(method, concretePath).withAuthorization("Bearer x");
            headerParameters(c).forEach(request::withHeader);
            if (value != null) {
                request.withContentType(c.mediaType()).withBody(toJson(value));
            }
            return validator.validateRequest(request.build());
        }
        SimpleResponse.Builder response =
                SimpleResponse.Builder.status(Integer.parseInt(c.status())).withContentType(c.mediaType());
        if (value != null) {
            response.withBody(toJson(value));
        }
        return validator.validateResponse(concretePath, method, response.build());
    }

    static String format(ValidationReport report) {
        return SimpleValidationReportFormat.getInstance().apply(report);
    }

    private String concretePath(ExampleCase c) {
        String path = c.path();
        for (Parameter p : parameters(c)) {
            if ("path".equals(p.getIn())) {
                String value = p.getExample() != null ? String.valueOf(p.getExample()) : DEFAULT_IDS.get(p.getName());
                path = path.replace("{" + p.getName() + "}", value);
            }
        }
        if (path.contains("{")) {
            throw new IllegalStateException("A path parameter of " + c.path() + " has no example");
        }
        return path;
    }

    private Map<String, String> headerParameters(ExampleCase c) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter p : parameters(c)) {
            if ("header".equals(p.getIn()) && p.getExample() != null) {
                headers.put(p.getName(), String.valueOf(p.getExample()));
            }
        }
        return headers;
    }

    /** The path item's parameters overridden by the operation's, resolved. */
    private List<Parameter> parameters(ExampleCase c) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        Stream.concat(
                        c.pathItem().getParameters() == null ? Stream.empty() : c.pathItem().getParameters().stream(),
                        c.operation().getParameters() == null ? Stream.empty() : c.operation().getParameters().stream())
                .map(p -> Contract.deref(api, p))
                .forEach(p -> byKey.put(p.getIn() + ":" + p.getName(), p));
        return new ArrayList<>(byKey.values());
    }

    // ---------------------------------------------------------------- the walk

    private List<ExampleCase> collect() {
        List<ExampleCase> found = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    String operation = "#/paths/" + pointerEscape(path) + "/"
                            + method.name().toLowerCase();
                    if (op.getRequestBody() != null) {
                        RequestBody body = Contract.deref(api, op.getRequestBody());
                        String where = op.getRequestBody().get$ref() != null
                                ? op.getRequestBody().get$ref()
                                : operation + "/requestBody";
                        addExamples(found, path, method, null, where, body.getContent(), op, item);
                    }
                    op.getResponses()
                            .forEach((status, response) -> addExamples(
                                    found,
                                    path,
                                    method,
                                    status,
                                    response.get$ref() != null
                                            ? response.get$ref()
                                            : operation + "/responses/" + status,
                                    Contract.deref(api, response).getContent(),
                                    op,
                                    item));
                }));
        return found;
    }

    private void addExamples(
            List<ExampleCase> found,
            String path,
            HttpMethod method,
            String status,
            String where,
            Content content,
            Operation op,
            PathItem item) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, media) -> {
            String mediaWhere = where + "/content/" + pointerEscape(mediaType);
            if (media.getExample() != null) {
                found.add(new ExampleCase(
                        path,
                        method,
                        status,
                        mediaType,
                        "example",
                        mediaWhere + "/example",
                        media.getExample(),
                        op,
                        item));
            }
            if (media.getExamples() != null) {
                media.getExamples().forEach((name, example) -> {
                    Example resolved = Contract.deref(api, example);
                    if (resolved.getExternalValue() != null && resolved.getValue() == null) {
                        throw new IllegalStateException(method + " " + path + " " + status + " " + name
                                + ": externalValue examples are not supported by this test");
                    }
                    String location = (example.get$ref() != null
                                    ? example.get$ref()
                                    : mediaWhere + "/examples/" + pointerEscape(name))
                            + "/value";
                    found.add(new ExampleCase(
                            path, method, status, mediaType, name, location, resolved.getValue(), op, item));
                });
            }
        });
    }

    private static String pointerEscape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String toJson(Object value) {
        try {
            return value instanceof JsonNode node ? JSON.writeValueAsString(node) : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
