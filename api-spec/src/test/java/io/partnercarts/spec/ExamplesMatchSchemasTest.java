package io.partnercarts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the document is valid against the schema it illustrates.
 *
 * <p>Request-body and response examples are found by walking every operation (following {@code $ref}s
 * to {@code components/responses} and {@code components/examples}); each one is sent through the
 * Atlassian {@link OpenApiInteractionValidator} built from the document, as a response of that status
 * or as a request of that operation. Request tests fill every path and header parameter with the
 * parameter's own {@code example}, so parameter examples are validated against their schemas too.
 * A broken example fails with its location and the validator's message.
 */
class ExamplesMatchSchemasTest {
    private static final ObjectMapper JSON = io.swagger.v3.core.util.Json.mapper();

    /** Fallbacks when a path parameter has no example of its own. */
    private static final Map<String, String> DEFAULT_IDS = Map.of(
            "customer-id", "28045616-f6b9-462f-9701-0d89b5e65c44",
            "cart-id", "b4c8fdea-cbe4-4d17-9576-13fcacbf9605");

    private static OpenAPI api;
    private static OpenApiInteractionValidator validator;
    private static List<ExampleCase> cases;

    /** One example of one media type, of a request body ({@code status == null}) or a response. */
    record ExampleCase(String path, HttpMethod method, String status, String mediaType, String name,
            Object value, Operation operation, PathItem pathItem) {

        boolean isRequest() {
            return status == null;
        }

        String displayName() {
            return method + " " + path + " " + (isRequest() ? "request" : status) + " " + name;
        }
    }

    @BeforeAll
    static void load() {
        api = Contract.openApi();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(Contract.text())
                .withResolveRefs(true)
                .withResolveCombinators(true)
                .build();
        cases = collect(api);
    }

    // ---------------------------------------------------------------- the examples, one test each

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsSchema() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> {
            ValidationReport report = validate(c, c.value());
            assertThat(report.hasErrors())
                    .as("%s does not match its schema:%n%s", c.displayName(), format(report))
                    .isFalse();
        }));
    }

    /** Request-less operations still get their parameter examples checked. */
    @TestFactory
    Stream<DynamicTest> everyOperationAcceptsItsParameterExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                tests.add(DynamicTest.dynamicTest(method + " " + path + " parameter examples", () -> {
                    RequestBody body = op.getRequestBody() == null ? null : Contract.deref(api, op.getRequestBody());
                    boolean needsBody = body != null && Boolean.TRUE.equals(body.getRequired());
                    ExampleCase c = new ExampleCase(path, method, null, "application/json", "parameters",
                            needsBody ? firstExampleOf(body) : null, op, item);
                    ValidationReport report = validate(c, c.value());
                    assertThat(report.hasErrors()).as("%s:%n%s", c.displayName(), format(report)).isFalse();
                }))));
        return tests.stream();
    }

    // ---------------------------------------------------------------- the walk cannot come back empty

    @Test
    void everyRequestBodyAndEveryResponseHasAtLeastOneExample() {
        Set<String> slots = new TreeSet<>();
        Set<String> covered = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            if (op.getRequestBody() != null) {
                slots.add(method + " " + path + " request");
            }
            op.getResponses().keySet().forEach(status -> slots.add(method + " " + path + " " + status));
        }));
        cases.forEach(c -> covered.add(c.method() + " " + c.path() + " " + (c.isRequest() ? "request" : c.status())));

        assertThat(slots).as("request bodies and responses of the four operations").hasSize(3 + 5 + 5 + 5 + 6);
        assertThat(covered).as("slots that have at least one example").containsExactlyElementsOf(slots);
        // 38 when this test was written; more examples are welcome, fewer means some went missing.
        assertThat(cases).as("examples found").hasSizeGreaterThanOrEqualTo(38);
    }

    @Test
    void seedExamplesAreFoundWhereExpected() {
        assertThat(cases).extracting(ExampleCase::displayName).contains(
                "POST /customers/{customer-id}/carts request seedCart",
                "POST /customers/{customer-id}/carts 201 seedCart",
                "GET /customers/{customer-id}/carts/{cart-id} 200 orderedCart",
                "PUT /customers/{customer-id}/carts/{cart-id} request moreSeats",
                "POST /customers/{customer-id}/carts/{cart-id}/checkout request sdk",
                "POST /customers/{customer-id}/carts/{cart-id}/checkout 201 seedCheckout",
                "POST /customers/{customer-id}/carts/{cart-id}/checkout 409 inProgress");
    }

    // ---------------------------------------------------------------- the check really checks

    @Test
    void aCartErrorCodeAsAStringIsReported() {
        ExampleCase c = find("POST /customers/{customer-id}/carts 201 itemInError");
        ObjectNode broken = copy(c.value());
        ((ObjectNode) broken.at("/lineItems/0/error")).put("errorCode", "10010");

        assertErrorMentions(validate(c, broken), "errorCode", "string", "integer");
    }

    @Test
    void aMissingRequiredPropertyIsReported() {
        ExampleCase c = find("POST /customers/{customer-id}/carts/{cart-id}/checkout 201 seedCheckout");
        ObjectNode broken = copy(c.value());
        ((ObjectNode) broken.at("/orders/0")).remove("referenceCustomerId");

        assertErrorMentions(validate(c, broken), "referenceCustomerId");
    }

    @Test
    void anUnknownEnumValueIsReported() {
        ExampleCase c = find("GET /customers/{customer-id}/carts/{cart-id} 200 seedCart");
        ObjectNode broken = copy(c.value());
        broken.put("status", "Open");

        assertErrorMentions(validate(c, broken), "Open");
    }

    /** The validator treats undeclared properties as errors, so a misspelt name cannot hide in an example. */
    @Test
    void aMisspeltPropertyNameIsReported() {
        ExampleCase c = find("PUT /customers/{customer-id}/carts/{cart-id} 200 moreSeats");
        ObjectNode broken = copy(c.value());
        broken.set("creationTimeStamp", broken.remove("creationTimestamp"));

        assertErrorMentions(validate(c, broken), "creationTimeStamp");
    }

    @Test
    void anApiFaultCodeAsAStringIsReported() {
        ExampleCase c = find("GET /customers/{customer-id}/carts/{cart-id} 404 unknownCart");
        ObjectNode broken = copy(c.value());
        broken.put("code", "800008");

        assertErrorMentions(validate(c, broken), "code", "string", "integer");
    }

    @Test
    void aBrokenRequestExampleIsReported() {
        ExampleCase c = find("POST /customers/{customer-id}/carts request seedCart");
        ObjectNode broken = copy(c.value());
        ((ObjectNode) broken.at("/lineItems/3")).remove("catalogItemId");
        ((ObjectNode) broken.at("/lineItems/0")).put("quantity", "one");

        assertErrorMentions(validate(c, broken), "catalogItemId");
        assertErrorMentions(validate(c, broken), "quantity");
    }

    @Test
    void anEmptyLineItemsArrayIsReported() {
        ExampleCase c = find("PUT /customers/{customer-id}/carts/{cart-id} request moreSeats");
        ObjectNode broken = copy(c.value());
        broken.putArray("lineItems");

        assertErrorMentions(validate(c, broken), "lineItems");
    }

    @Test
    void aPathIdThatIsNotAGuidIsReported() {
        ExampleCase c = find("GET /customers/{customer-id}/carts/{cart-id} 200 seedCart");
        SimpleRequest request = SimpleRequest.Builder.get("/v1/customers/not-a-guid/carts/" + DEFAULT_IDS.get("cart-id"))
                .withAuthorization("Bearer x").build();

        assertErrorMentions(validator.validateRequest(request), "not-a-guid");
        assertThat(c.operation().getOperationId()).isEqualTo("getCart");
    }

    // ---------------------------------------------------------------- validation

    static ValidationReport validate(ExampleCase c, Object value) {
        String concretePath = "/v1" + concretePath(c);
        Request.Method method = Request.Method.valueOf(c.method().name());
        if (c.isRequest()) {
            SimpleRequest.Builder request = new SimpleRequest.Builder(method, concretePath)
                    .withAuthorization("Bearer x");
            headerParameters(c).forEach(request::withHeader);
            if (value != null) {
                request.withContentType(c.mediaType()).withBody(toJson(value));
            }
            return validator.validateRequest(request.build());
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(Integer.parseInt(c.status()))
                .withContentType(c.mediaType());
        if (value != null) {
            response.withBody(toJson(value));
        }
        return validator.validateResponse(concretePath, method, response.build());
    }

    private static String concretePath(ExampleCase c) {
        String path = c.path();
        for (Parameter p : parameters(c)) {
            if ("path".equals(p.getIn())) {
                String value = p.getExample() != null ? String.valueOf(p.getExample()) : DEFAULT_IDS.get(p.getName());
                path = path.replace("{" + p.getName() + "}", value);
            }
        }
        assertThat(path).as("every path parameter of %s has a value", c.path()).doesNotContain("{");
        return path;
    }

    private static Map<String, String> headerParameters(ExampleCase c) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter p : parameters(c)) {
            if ("header".equals(p.getIn()) && p.getExample() != null) {
                headers.put(p.getName(), String.valueOf(p.getExample()));
            }
        }
        return headers;
    }

    /** The path item's parameters overridden by the operation's, resolved. */
    private static List<Parameter> parameters(ExampleCase c) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        Stream.concat(
                        c.pathItem().getParameters() == null ? Stream.empty() : c.pathItem().getParameters().stream(),
                        c.operation().getParameters() == null ? Stream.empty() : c.operation().getParameters().stream())
                .map(p -> Contract.deref(api, p))
                .forEach(p -> byKey.put(p.getIn() + ":" + p.getName(), p));
        return new ArrayList<>(byKey.values());
    }

    // ---------------------------------------------------------------- the walk

    static List<ExampleCase> collect(OpenAPI api) {
        List<ExampleCase> found = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            if (op.getRequestBody() != null) {
                RequestBody body = Contract.deref(api, op.getRequestBody());
                addExamples(api, found, path, method, null, body.getContent(), op, item);
            }
            op.getResponses().forEach((status, response) -> addExamples(api, found, path, method, status,
                    Contract.deref(api, response).getContent(), op, item));
        }));
        return found;
    }

    private static void addExamples(OpenAPI api, List<ExampleCase> found, String path, HttpMethod method,
            String status, Content content, Operation op, PathItem item) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, media) -> {
            if (media.getExample() != null) {
                found.add(new ExampleCase(path, method, status, mediaType, "example", media.getExample(), op, item));
            }
            if (media.getExamples() != null) {
                media.getExamples().forEach((name, example) -> {
                    Example resolved = Contract.deref(api, example);
                    if (resolved.getExternalValue() != null && resolved.getValue() == null) {
                        throw new IllegalStateException(method + " " + path + " " + status + " " + name
                                + ": externalValue examples are not supported by this test");
                    }
                    found.add(new ExampleCase(path, method, status, mediaType, name, resolved.getValue(), op, item));
                });
            }
        });
    }

    private static Object firstExampleOf(RequestBody body) {
        MediaType media = body.getContent().get("application/json");
        if (media.getExample() != null) {
            return media.getExample();
        }
        return Contract.deref(api, media.getExamples().values().iterator().next()).getValue();
    }

    // ---------------------------------------------------------------- helpers

    private static ExampleCase find(String displayName) {
        return cases.stream().filter(c -> c.displayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError("no example " + displayName));
    }

    private static ObjectNode copy(Object value) {
        return (ObjectNode) JSON.valueToTree(value).deepCopy();
    }

    private static String toJson(Object value) {
        try {
            return value instanceof JsonNode node ? JSON.writeValueAsString(node) : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(ValidationReport report) {
        return SimpleValidationReportFormat.getInstance().apply(report);
    }

    private static void assertErrorMentions(ValidationReport report, String... fragments) {
        assertThat(report.hasErrors()).as("the validator reports the broken copy").isTrue();
        String text = format(report);
        for (String fragment : fragments) {
            assertThat(text).as("report of the broken copy").contains(fragment);
        }
    }
}
