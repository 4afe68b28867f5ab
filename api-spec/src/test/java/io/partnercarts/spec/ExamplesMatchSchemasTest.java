package io.partnercarts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.spec.ExampleCheck.ExampleCase;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the document is valid against the schema it illustrates.
 *
 * <p>Request-body and response examples are found by walking every operation (following {@code $ref}s
 * to {@code components/responses} and {@code components/examples}); each one is sent through the
 * Atlassian {@code OpenApiInteractionValidator} built from the document (see {@link ExampleCheck}), as a
 * response of that status or as a request of that operation. Request tests fill every path and header
 * parameter with the parameter's own {@code example}, so parameter examples are validated against their
 * schemas too. A broken example fails with its JSON pointer in the document, its operation and status,
 * and the validator's message (which names the offending field inside the example).
 */
class ExamplesMatchSchemasTest {
    private static final ObjectMapper JSON = io.swagger.v3.core.util.Json.mapper();

    private static ExampleCheck contract;
    private static OpenAPI api;
    private static List<ExampleCase> cases;

    @BeforeAll
    static void load() {
        contract = ExampleCheck.of(Contract.text());
        api = contract.api();
        cases = contract.cases();
    }

    // ---------------------------------------------------------------- the examples, one test each

    @TestFactory
    Stream<DynamicTest> everyExampleMatchesItsSchema() {
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(
                        c.displayName(), () -> contract.mismatch(c).ifPresent(Assertions::fail)));
    }

    /** Request-less operations still get their parameter examples checked. */
    @TestFactory
    Stream<DynamicTest> everyOperationAcceptsItsParameterExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, op) ->
                                tests.add(DynamicTest.dynamicTest(method + " " + path + " parameter examples", () -> {
                                    RequestBody body = op.getRequestBody() == null
                                            ? null
                                            : Contract.deref(api, op.getRequestBody());
                                    boolean needsBody = body != null && Boolean.TRUE.equals(body.getRequired());
                                    ExampleCase c = new ExampleCase(
                                            path,
                                            method,
                                            null,
                                            "application/json",
                                            "parameters",
                                            "#/components/parameters",
                                            needsBody ? firstExampleOf(body) : null,
                                            op,
                                            item);
                                    ValidationReport report = validate(c, c.value());
                                    assertThat(report.hasErrors())
                                            .as("%s:%n%s", c.displayName(), format(report))
                                            .isFalse();
                                }))));
        return tests.stream();
    }

    // ---------------------------------------------------------------- the walk cannot come back empty

    @Test
    void everyRequestBodyAndEveryResponseHasAtLeastOneExample() {
        Set<String> slots = new TreeSet<>();
        Set<String> covered = new TreeSet<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                    if (op.getRequestBody() != null) {
                        slots.add(method + " " + path + " request");
                    }
                    op.getResponses().keySet().forEach(status -> slots.add(method + " " + path + " " + status));
                }));
        cases.forEach(c -> covered.add(c.method() + " " + c.path() + " " + (c.isRequest() ? "request" : c.status())));

        // 3 request bodies; create 7, get 6, update 7 and checkout 8 statuses (413 where a body is taken, 429
        // everywhere).
        assertThat(slots)
                .as("request bodies and responses of the four operations")
                .hasSize(3 + 7 + 6 + 7 + 8);
        assertThat(covered).as("slots that have at least one example").containsExactlyElementsOf(slots);
        // 38 when this test was written, 48 with the limits; more examples are welcome, fewer means some went missing.
        assertThat(cases).as("examples found").hasSizeGreaterThanOrEqualTo(48);
    }

    @Test
    void seedExamplesAreFoundWhereExpected() {
        assertThat(cases)
                .extracting(ExampleCase::displayName)
                .contains(
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
        SimpleRequest request = SimpleRequest.Builder.get(
                        "/v1/customers/not-a-guid/carts/" + ExampleCheck.DEFAULT_IDS.get("cart-id"))
                .withAuthorization("Bearer x")
                .build();

        assertErrorMentions(contract.validator().validateRequest(request), "not-a-guid");
        assertThat(c.operation().getOperationId()).isEqualTo("getCart");
    }

    /** What the build shows for a broken example: where it is written, which operation, and the violation. */
    @Test
    void aBrokenExampleInADocumentFailsWithItsLocationAndTheViolation() throws IOException {
        ExampleCheck broken;
        try (InputStream in = Objects.requireNonNull(
                getClass().getClassLoader().getResourceAsStream("examples/broken-example.yaml"))) {
            broken = ExampleCheck.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        ExampleCase good = broken.cases().stream()
                .filter(c -> c.name().equals("goodCart"))
                .findFirst()
                .orElseThrow();
        ExampleCase bad = broken.cases().stream()
                .filter(c -> c.name().equals("badCart"))
                .findFirst()
                .orElseThrow();

        assertThat(broken.mismatch(good)).as("the valid example of the fixture").isEmpty();
        assertThat(broken.mismatch(bad))
                .get()
                .asString()
                .contains("The example #/components/examples/BadCart/value")
                .contains("(GET /carts/{cart-id} 200 badCart)")
                .contains("/lineItems/0/quantity")
                .contains("string")
                .contains("integer");
    }

    @Test
    void anInlineExampleIsLocatedInItsOperation() {
        ExampleCase sdk = find("POST /customers/{customer-id}/carts/{cart-id}/checkout request sdk");
        assertThat(sdk.location())
                .isEqualTo("#/paths/~1customers~1{customer-id}~1carts~1{cart-id}~1checkout/post"
                        + "/requestBody/content/application~1json/examples/sdk/value");
    }

    // ---------------------------------------------------------------- validation

    static ValidationReport validate(ExampleCase c, Object value) {
        return contract.validate(c, value);
    }

    private static String format(ValidationReport report) {
        return ExampleCheck.format(report);
    }

    // ---------------------------------------------------------------- helpers

    private static Object firstExampleOf(RequestBody body) {
        MediaType media = body.getContent().get("application/json");
        if (media.getExample() != null) {
            return media.getExample();
        }
        return Contract.deref(api, media.getExamples().values().iterator().next())
                .getValue();
    }

    private static ExampleCase find(String displayName) {
        return cases.stream()
                .filter(c -> c.displayName().equals(displayName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no example " + displayName));
    }

    private static ObjectNode copy(Object value) {
        return (ObjectNode) JSON.valueToTree(value).deepCopy();
    }

    private static void assertErrorMentions(ValidationReport report, String... fragments) {
        assertThat(report.hasErrors())
                .as("the validator reports the broken copy")
                .isTrue();
        String text = format(report);
        for (String fragment : fragments) {
            assertThat(text).as("report of the broken copy").contains(fragment);
        }
    }
}
