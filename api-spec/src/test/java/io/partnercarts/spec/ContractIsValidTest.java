package io.partnercarts.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The document parses cleanly and declares the four cart operations with the agreed statuses. */
class ContractIsValidTest {
    private static final String API_FAULT = "#/components/schemas/ApiFault";

    private static SwaggerParseResult result;
    private static OpenAPI api;

    @BeforeAll
    static void parse() {
        result = Contract.parse();
        api = result.getOpenAPI();
    }

    @Test
    void parsesWithoutMessages() {
        assertThat(api).as("parsed document").isNotNull();
        assertThat(result.getMessages()).as("swagger-parser messages").isNullOrEmpty();
    }

    @Test
    void isOpenApi303() {
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void declaresExactlyTheFourCartOperations() {
        Map<String, String> found = new TreeMap<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, op) -> found.put(op.getOperationId(), method + " " + path)));
        assertThat(found)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "createCart", "POST /customers/{customer-id}/carts",
                        "getCart", "GET /customers/{customer-id}/carts/{cart-id}",
                        "updateCart", "PUT /customers/{customer-id}/carts/{cart-id}",
                        "checkoutCart", "POST /customers/{customer-id}/carts/{cart-id}/checkout"));
    }

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of(
                        "createCart",
                        HttpMethod.POST,
                        "/customers/{customer-id}/carts",
                        "201",
                        List.of("400", "401", "404", "413", "429", "500")),
                Arguments.of(
                        "getCart",
                        HttpMethod.GET,
                        "/customers/{customer-id}/carts/{cart-id}",
                        "200",
                        List.of("400", "401", "404", "429", "500")),
                Arguments.of(
                        "updateCart",
                        HttpMethod.PUT,
                        "/customers/{customer-id}/carts/{cart-id}",
                        "200",
                        List.of("400", "401", "404", "413", "429", "500")),
                Arguments.of(
                        "checkoutCart",
                        HttpMethod.POST,
                        "/customers/{customer-id}/carts/{cart-id}/checkout",
                        "201",
                        List.of("400", "401", "404", "409", "413", "429", "500")));
    }

    @ParameterizedTest(name = "{0}: {1} {2} answers {3} and the faults {4}")
    @MethodSource("operations")
    void operationHasItsSuccessAndFaultResponses(
            String operationId, HttpMethod method, String path, String success, List<String> faults) {
        PathItem item = api.getPaths().get(path);
        assertThat(item).as("path %s", path).isNotNull();
        Operation op = item.readOperationsMap().get(method);
        assertThat(op).as("%s %s", method, path).isNotNull();
        assertThat(op.getOperationId()).isEqualTo(operationId);

        List<String> expected =
                Stream.concat(Stream.of(success), faults.stream()).toList();
        assertThat(op.getResponses().keySet())
                .as("status codes of %s", operationId)
                .containsExactlyInAnyOrderElementsOf(expected);

        ApiResponse ok = Contract.deref(api, op.getResponses().get(success));
        MediaType okJson = ok.getContent() == null ? null : ok.getContent().get("application/json");
        assertThat(okJson).as("%s %s application/json", operationId, success).isNotNull();
        assertThat(okJson.getSchema()).isNotNull();
        assertThat(okJson.getSchema().get$ref())
                .as("%s %s schema", operationId, success)
                .isNotEqualTo(API_FAULT);

        for (String status : faults) {
            ApiResponse fault = Contract.deref(api, op.getResponses().get(status));
            assertThat(fault.getContent())
                    .as("%s %s content", operationId, status)
                    .isNotNull();
            assertThat(fault.getContent().keySet())
                    .as("%s %s media types", operationId, status)
                    .containsExactly("application/json");
            MediaType json = fault.getContent().get("application/json");
            assertThat(json.getSchema()).as("%s %s schema", operationId, status).isNotNull();
            assertThat(json.getSchema().get$ref())
                    .as("%s %s schema", operationId, status)
                    .isEqualTo(API_FAULT);
        }
    }

    @Test
    void successSchemasAreTheCartAndTheCheckoutResult() {
        assertThat(successSchema("/customers/{customer-id}/carts", HttpMethod.POST, "201"))
                .isEqualTo("#/components/schemas/Cart");
        assertThat(successSchema("/customers/{customer-id}/carts/{cart-id}", HttpMethod.GET, "200"))
                .isEqualTo("#/components/schemas/Cart");
        assertThat(successSchema("/customers/{customer-id}/carts/{cart-id}", HttpMethod.PUT, "200"))
                .isEqualTo("#/components/schemas/Cart");
        assertThat(successSchema("/customers/{customer-id}/carts/{cart-id}/checkout", HttpMethod.POST, "201"))
                .isEqualTo("#/components/schemas/CartCheckoutResult");
    }

    @Test
    void apiFaultCodeIsARequiredInteger() {
        var fault = api.getComponents().getSchemas().get("ApiFault");
        assertThat(fault).isNotNull();
        assertThat(fault.getRequired()).contains("code", "description");
        assertThat(((io.swagger.v3.oas.models.media.Schema<?>)
                                fault.getProperties().get("code"))
                        .getType())
                .isEqualTo("integer");
    }

    private static String successSchema(String path, HttpMethod method, String status) {
        ApiResponse response = Contract.deref(
                api,
                api.getPaths()
                        .get(path)
                        .readOperationsMap()
                        .get(method)
                        .getResponses()
                        .get(status));
        return response.getContent().get("application/json").getSchema().get$ref();
    }
}
