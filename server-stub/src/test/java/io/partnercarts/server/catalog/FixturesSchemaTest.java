package io.partnercarts.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.GuidForm;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * fixtures.schema.json against the built-in fixtures and the Java that reads a file: adding a field, a value or a
 * default in one place and not in the other fails here.
 */
class FixturesSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUILT_IN = "/fixtures/default-fixtures.json";

    private final JsonNode schema = read(FixturesSchema.text());

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode definition(String name) {
        return schema.path("definitions").path(name);
    }

    @Test
    void isADraft07SchemaWithAnId() {
        assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(URI.create(schema.path("$id").asText()).isAbsolute()).isTrue();
    }

    /** An editor opening the repository's file finds the schema beside it. */
    @Test
    void theBuiltInFixturesNameTheSchemaAndKeepIt() throws IOException {
        JsonNode builtIn;
        try (InputStream in = FixturesSchemaTest.class.getResourceAsStream(BUILT_IN)) {
            builtIn = JSON.readTree(in);
        }

        assertThat(URI.create(BUILT_IN)
                        .resolve(builtIn.path("$schema").asText())
                        .toString())
                .isEqualTo(FixturesSchema.RESOURCE);
        assertThat(FixturesSchema.problem(builtIn)).isEmpty();
    }

    @Test
    void theEnumerationsAreTheDomains() {
        JsonNode offer = definition("offer").path("properties");

        assertThat(texts(offer.path("billingCycles").path("items").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(BillingCycle.values())
                        .map(BillingCycle::wireName)
                        .toList());
        assertThat(texts(offer.path("purchaseSystem").path("enum")))
                .containsExactlyElementsOf(Arrays.stream(PurchaseSystem.values())
                        .map(PurchaseSystem::fixtureName)
                        .toList());
    }

    /** Each object of the file has the fields, and the required ones, of the record that Jackson binds it to. */
    @Test
    void theFieldsAreTheRecordsComponents() {
        Map<JsonNode, Class<? extends Record>> bound = Map.of(
                schema,
                FixturesFile.class,
                definition("customer"),
                Customer.class,
                definition("offer"),
                FixturesFile.OfferEntry.class,
                definition("checkout"),
                FixturesFile.CheckoutEntry.class,
                definition("checkout").path("properties").path("failure"),
                CheckoutFailure.class);

        bound.forEach((object, record) -> {
            List<String> fields = new ArrayList<>(names(object.path("properties")));
            fields.remove("$schema");
            assertThat(fields)
                    .as("the fields of %s", record.getSimpleName())
                    .containsExactlyElementsOf(Arrays.stream(record.getRecordComponents())
                            .map(component -> component.getName())
                            .toList());
            assertThat(object.path("additionalProperties").asBoolean(true)).isFalse();
            assertThat(texts(object.path("required"))).isSubsetOf(fields);
        });
    }

    /** What the reader gives an absent field is the schema's {@code default}, which an editor shows. */
    @Test
    void theDefaultsAreTheReaders() {
        JsonNode offer = definition("offer").path("properties");
        JsonNode checkout = definition("checkout").path("properties");
        FixturesFile.OfferEntry absent = new FixturesFile.OfferEntry(
                "A:1:B", "A plan", PurchaseSystem.MODERN, List.of(), null, null, null, null, null, null);
        FixturesFile.CheckoutEntry noCheckout = new FixturesFile.CheckoutEntry(null, null, null, false);

        assertThat(offer.path("minQuantity").path("default").asInt()).isEqualTo(absent.minQuantity());
        assertThat(offer.path("maxQuantity").path("default").asInt()).isEqualTo(absent.maxQuantity());
        assertThat(checkout.path("failedAttempts").path("default").asInt()).isEqualTo(noCheckout.failedAttempts());
        assertThat(checkout.path("delayMillis").path("default").asLong()).isEqualTo(noCheckout.delayMillis());
        assertThat(checkout.path("serviceError").path("default").asBoolean(true))
                .isFalse();
        assertThat(definition("customer")
                        .path("properties")
                        .path("serviceError")
                        .path("default")
                        .asBoolean(true))
                .isFalse();
        assertThat(noCheckout.toBehaviour()).isEqualTo(CheckoutBehaviour.SUCCEEDS);
    }

    /** A customer id is a GUID in the one form the service reads everywhere else. */
    @Test
    void aCustomerIdIsAGuidAsGuidFormReadsIt() {
        for (String id : List.of(
                "28045616-f6b9-462f-9701-0d89b5e65c44",
                "28045616-F6B9-462F-9701-0D89B5E65C44",
                "28045616-f6b9-462f-9701-0d89b5e65c4",
                "28045616-f6b9-462f-9701-0d89b5e65c44\n",
                " 28045616-f6b9-462f-9701-0d89b5e65c44",
                "1-2-3-4-5",
                "2804561६-f6b9-462f-9701-0d89b5e65c44",
                "28045616f6b9462f97010d89b5e65c44")) {
            ObjectNode customer = JSON.createObjectNode()
                    .put("id", id)
                    .put("companyName", "Contoso")
                    .put("country", "US")
                    .put("currencyCode", "USD")
                    .put("currencySymbol", "$");
            ObjectNode file = JSON.createObjectNode().put("partnerUser", "user-1");
            file.putArray("customers").add(customer);
            file.putArray("offers");

            assertThat(FixturesSchema.problem(file).isEmpty()).as("%s", id).isEqualTo(GuidForm.matches(id));
        }
    }

    /** A broken pattern is told in words (also by VS Code, which reads the same keyword). */
    @Test
    void everyPatternSaysWhatItExpects() {
        List<JsonNode> patterned =
                descendants(schema).filter(node -> node.has("pattern")).toList();

        assertThat(patterned).hasSizeGreaterThanOrEqualTo(4);
        assertThat(patterned)
                .allSatisfy(node -> assertThat(
                                node.path(FixturesSchema.PATTERN_MESSAGE).asText())
                        .startsWith("expected "));
    }

    private static Stream<JsonNode> descendants(JsonNode node) {
        return Stream.concat(Stream.of(node), node.valueStream().flatMap(FixturesSchemaTest::descendants));
    }

    private static List<String> names(JsonNode object) {
        return object.propertyStream().map(Map.Entry::getKey).toList();
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asText).toList();
    }
}
