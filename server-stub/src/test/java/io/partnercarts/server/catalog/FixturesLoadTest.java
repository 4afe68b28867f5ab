package io.partnercarts.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.partnercarts.server.core.BillingCycle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixturesLoadTest {
    private static final String CUSTOMER =
            "{\"id\": \"28045616-f6b9-462f-9701-0d89b5e65c44\", \"companyName\": \"Contoso\", \"country\": \"US\","
                    + " \"currencyCode\": \"USD\", \"currencySymbol\": \"$\"}";
    private static final String OFFER =
            "{\"catalogItemId\": \"A:1:B\", \"name\": \"A plan\", \"purchaseSystem\": \"modern\","
                    + " \"billingCycles\": [\"monthly\"], \"termDurations\": [\"P1M\"]}";

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        return Files.writeString(dir.resolve("fixtures.json"), json);
    }

    private static String fixtures(String customers, String offers) {
        return "{\"partnerUser\": \"user-1\", \"customers\": [" + customers + "], \"offers\": [" + offers + "]}";
    }

    private String refusal(String json) throws IOException {
        Path file = file(json);
        Throwable thrown = catchThrowable(() -> Fixtures.load(file));
        assertThat(thrown).isInstanceOf(FixturesException.class);
        String message = thrown.getMessage();
        assertThat(message)
                .doesNotContain("\n")
                .doesNotContain("java.")
                .doesNotContain("Exception")
                .startsWith("Fixtures file " + file);
        return message;
    }

    private static String offerWith(String fields) {
        return OFFER.replace("}", ", " + fields + "}");
    }

    private static String customerWith(String fields) {
        return CUSTOMER.replace("}", ", " + fields + "}");
    }

    /** What {@link #refusal} says after naming the file. */
    private String problem(String json) throws IOException {
        return refusal(json).substring(("Fixtures file " + dir.resolve("fixtures.json") + ": ").length());
    }

    @Test
    void loadsAValidFileWithDefaults() throws IOException {
        Fixtures fixtures = Fixtures.load(file(fixtures(CUSTOMER, OFFER)));

        assertThat(fixtures.partnerUser()).isEqualTo("user-1");
        assertThat(fixtures.customers().find(UUID.fromString("28045616-f6b9-462f-9701-0d89b5e65c44")))
                .isPresent();
        Offer offer = fixtures.catalog().find("A:1:B").orElseThrow();
        assertThat(offer.billingCycles()).containsExactly(BillingCycle.MONTHLY);
        assertThat(offer.minQuantity()).isEqualTo(1);
        assertThat(offer.unitPrice()).isNull();
        assertThat(offer.requiredProvisioningContext()).isEmpty();
        assertThat(offer.checkout()).isEqualTo(CheckoutBehaviour.SUCCEEDS);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> Fixtures.load(missing))
                .isInstanceOf(FixturesException.class)
                .hasMessage("Fixtures file " + missing + " does not exist.");
    }

    @Test
    void badJsonIsReportedWithItsPosition() throws IOException {
        assertThat(refusal("{\"partnerUser\": \"user-1\",\n  \"customers\": [}"))
                .contains("is not valid JSON at line 2, column 17: Unexpected close marker '}'")
                .doesNotContain("Source");
        assertThat(refusal("{\"partnerUser\": ")).contains("is not valid JSON");
        assertThat(refusal("")).contains("is empty");
    }

    @Test
    void anOfferWithoutBillingCyclesIsRefused() throws IOException {
        String offer =
                "{\"catalogItemId\": \"A:1:B\", \"name\": \"A plan\", \"purchaseSystem\": \"modern\", \"billingCycles\": []}";

        assertThat(refusal(fixtures(CUSTOMER, offer)))
                .endsWith(": $.offers[0].billingCycles has 0 entries; expected at least 1.");
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        assertThat(refusal(fixtures(CUSTOMER, OFFER + ", " + OFFER)))
                .contains("$.offers[1].catalogItemId 'A:1:B' appears more than once (first at $.offers[0])");
        assertThat(refusal(fixtures(CUSTOMER + ", " + CUSTOMER.replace("28045616-f6b9", "28045616-F6B9"), OFFER)))
                .contains("$.customers[1].id '28045616-f6b9-462f-9701-0d89b5e65c44' appears more than once"
                        + " (first at $.customers[0])");
    }

    @Test
    void aCustomerIdMustBeAGuid() throws IOException {
        String customer = CUSTOMER.replace("28045616-f6b9-462f-9701-0d89b5e65c44", "contoso");

        assertThat(refusal(fixtures(customer, OFFER))).contains("$.customers[0].id is 'contoso'; expected a GUID");
    }

    @Test
    void invalidContentIsNamedPrecisely() throws IOException {
        assertThat(refusal("{\"customers\": [], \"offers\": []}")).contains(": $ needs 'partnerUser'");
        assertThat(refusal(fixtures(CUSTOMER, OFFER.replace("modern", "cloud"))))
                .contains("$.offers[0].purchaseSystem is 'cloud'; expected one of legacy, modern");
        assertThat(refusal(fixtures(CUSTOMER, OFFER.replace("\"monthly\"", "\"weekly\""))))
                .contains("$.offers[0].billingCycles[0] is 'weekly'; expected one of unknown, monthly,");
        assertThat(refusal(fixtures(CUSTOMER, OFFER.replace("\"name\"", "\"title\""))))
                .contains(
                        "$.offers[0] has an unknown field 'title'; known fields: billingCycles, catalogItemId, checkout,");
        assertThat(refusal(fixtures(CUSTOMER.replace("USD", "dollars"), OFFER)))
                .contains("$.customers[0].currencyCode is 'dollars'; expected a three-letter upper-case currency code");
        assertThat(refusal(fixtures(CUSTOMER, offerWith("\"minQuantity\": 5, \"maxQuantity\": 2"))))
                .contains("$.offers[0] needs minQuantity <= maxQuantity, but has 5..2");
        assertThat(refusal(fixtures(CUSTOMER, offerWith("\"checkout\": {\"failedAttempts\": 2}"))))
                .contains("$.offers[0].checkout has 'failedAttempts' but no 'failure'");
        assertThat(refusal(fixtures(CUSTOMER, offerWith("\"unitPrice\": \"cheap\""))))
                .contains("$.offers[0].unitPrice is 'cheap'; expected a number");
        assertThat(refusal(fixtures(customerWith("\"serviceError\": \"yes\""), OFFER)))
                .contains("$.customers[0].serviceError is 'yes'; expected true or false");
    }

    /** The whole line for each kind of rule the schema holds: the file, the JSON path, what is wrong there. */
    @Test
    void eachRefusalIsOneLineNamingTheFileThePathAndTheProblem() throws IOException {
        assertThat(problem(fixtures(CUSTOMER, offerWith("\"minQuantity\": \"five\""))))
                .as("a wrong type")
                .isEqualTo("$.offers[0].minQuantity is 'five'; expected a whole number.");
        assertThat(problem(fixtures(CUSTOMER, offerWith("\"checkout\": {\"retries\": 1}"))))
                .as("an unknown field")
                .isEqualTo("$.offers[0].checkout has an unknown field 'retries';"
                        + " known fields: delayMillis, failedAttempts, failure, serviceError.");
        assertThat(problem(fixtures(CUSTOMER.replace(", \"currencySymbol\": \"$\"", ""), OFFER)))
                .as("a missing required field")
                .isEqualTo("$.customers[0] needs 'currencySymbol'.");
        assertThat(problem(fixtures(CUSTOMER, OFFER.replace("[\"monthly\"]", "[\"monthly\", \"yearly\"]"))))
                .as("a value outside an enumeration")
                .isEqualTo("$.offers[0].billingCycles[1] is 'yearly';"
                        + " expected one of unknown, monthly, annual, none, one_time, triennial, biennial.");
        assertThat(problem(fixtures(CUSTOMER, offerWith("\"minQuantity\": 0"))))
                .as("a number below its minimum")
                .isEqualTo("$.offers[0].minQuantity is 0; expected at least 1.");
        assertThat(problem(fixtures(CUSTOMER, OFFER.replace("A plan", " "))))
                .as("a blank string")
                .isEqualTo("$.offers[0].name is ' '; expected a non-blank string.");
        assertThat(problem("[]")).as("not an object").isEqualTo("$ is an array; expected a JSON object.");
    }

    @Test
    void aValueIsQuotedOnTheSameLine() throws IOException {
        assertThat(problem(fixtures(CUSTOMER.replace("\"US\"", "\"U\\nS\\\"\""), OFFER)))
                .isEqualTo("$.customers[0].country is 'U\\nS\\\"';"
                        + " expected a two-letter upper-case country code such as US.");
    }

    @Test
    void theFirstProblemIsNamedAndTheOthersCounted() throws IOException {
        assertThat(problem(fixtures(CUSTOMER, OFFER.replace("\"name\"", "\"title\""))))
                .as("an unknown 'title', and no 'name'")
                .endsWith("'title'; known fields: billingCycles, catalogItemId, checkout, maxQuantity, minQuantity,"
                        + " name, purchaseSystem, requiredProvisioningContext, termDurations, unitPrice"
                        + " (and 1 more problem).");
    }

    /** As before the schema: billing cycles and purchase systems are read as written, in lower case. */
    @Test
    void enumeratedValuesAreCaseSensitive() throws IOException {
        assertThat(problem(fixtures(CUSTOMER, OFFER.replace("\"monthly\"", "\"Monthly\""))))
                .startsWith("$.offers[0].billingCycles[0] is 'Monthly'; expected one of unknown, monthly,");
        assertThat(problem(fixtures(CUSTOMER, OFFER.replace("modern", "MODERN"))))
                .startsWith("$.offers[0].purchaseSystem is 'MODERN'; expected one of legacy, modern");
    }

    @Test
    void theSchemaReferenceOfAFileIsAccepted() throws IOException {
        Fixtures fixtures =
                Fixtures.load(file(fixtures(CUSTOMER, OFFER).replaceFirst("\\{", "{\"\\$schema\": \"./x.json\", ")));

        assertThat(fixtures.catalog().offers()).hasSize(1);
    }

    @Test
    void anExplicitNullCountsAsAnAbsentField() throws IOException {
        String offer = OFFER.replace(
                "}",
                ", \"minQuantity\": null, \"unitPrice\": null, \"requiredProvisioningContext\": null,"
                        + " \"checkout\": {\"failure\": null, \"failedAttempts\": null, \"delayMillis\": null}}");
        Offer read = Fixtures.load(file(fixtures(customerWith("\"serviceError\": null"), offer)))
                .catalog()
                .find("A:1:B")
                .orElseThrow();

        assertThat(read.minQuantity()).isEqualTo(1);
        assertThat(read.unitPrice()).isNull();
        assertThat(read.requiredProvisioningContext()).isEmpty();
        assertThat(read.checkout()).isEqualTo(CheckoutBehaviour.SUCCEEDS);
        assertThat(problem(fixtures(CUSTOMER, OFFER).replace("\"user-1\"", "null")))
                .isEqualTo("$ needs 'partnerUser'.");
        assertThat(problem(fixtures(CUSTOMER, offerWith("\"checkout\": {\"failure\": null, \"failedAttempts\": 1}"))))
                .isEqualTo("$.offers[0].checkout has 'failedAttempts' but no 'failure'.");
        assertThat(problem(fixtures(CUSTOMER, OFFER.replace("[\"P1M\"]", "[\"P1M\", null]"))))
                .as("an entry of an array is no field")
                .isEqualTo("$.offers[0].termDurations[1] is null; expected a string.");
    }

    @Test
    void absentFieldsTakeTheirDefaults() throws IOException {
        Offer offer = Fixtures.load(file(fixtures(CUSTOMER, offerWith("\"checkout\": {}"))))
                .catalog()
                .find("A:1:B")
                .orElseThrow();

        assertThat(offer.minQuantity()).isEqualTo(1);
        assertThat(offer.maxQuantity()).isEqualTo(10_000);
        assertThat(offer.termDurations()).containsExactly("P1M");
        assertThat(offer.checkout()).isEqualTo(CheckoutBehaviour.SUCCEEDS);
        assertThat(problem(fixtures(CUSTOMER, offerWith("\"minQuantity\": 20000"))))
                .as("against the default maxQuantity")
                .isEqualTo("$.offers[0] needs minQuantity <= maxQuantity, but has 20000..10000.");
    }

    @Test
    void numbersBeyondWhatTheServerHoldsAreRefused() throws IOException {
        assertThat(problem(fixtures(CUSTOMER, offerWith("\"maxQuantity\": 3000000000"))))
                .isEqualTo("$.offers[0].maxQuantity is 3000000000; expected at most 2147483647.");
        assertThat(problem(fixtures(CUSTOMER, offerWith("\"checkout\": {\"delayMillis\": -1}"))))
                .isEqualTo("$.offers[0].checkout.delayMillis is -1; expected at least 0.");
    }
}
