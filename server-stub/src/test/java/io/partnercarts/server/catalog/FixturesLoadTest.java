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
                .endsWith(": offer A:1:B needs at least one entry in 'billingCycles'.");
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        assertThat(refusal(fixtures(CUSTOMER, OFFER + ", " + OFFER))).contains("offer A:1:B appears more than once");
        assertThat(refusal(fixtures(CUSTOMER + ", " + CUSTOMER, OFFER)))
                .contains("customer 28045616-f6b9-462f-9701-0d89b5e65c44 appears more than once");
    }

    @Test
    void aCustomerIdMustBeAGuid() throws IOException {
        String customer = CUSTOMER.replace("28045616-f6b9-462f-9701-0d89b5e65c44", "contoso");

        assertThat(refusal(fixtures(customer, OFFER))).contains("customers[0] has id 'contoso' that is not a GUID");
    }

    @Test
    void invalidContentIsNamedPrecisely() throws IOException {
        assertThat(refusal("{\"customers\": [], \"offers\": []}")).contains("needs a non-blank 'partnerUser'");
        assertThat(refusal(fixtures(CUSTOMER, OFFER.replace("modern", "cloud"))))
                .contains("offer A:1:B has purchaseSystem 'cloud'; expected legacy or modern");
        assertThat(refusal(fixtures(CUSTOMER, OFFER.replace("\"monthly\"", "\"weekly\""))))
                .contains("offer A:1:B has billing cycle 'weekly'; expected one of");
        assertThat(refusal(fixtures(CUSTOMER, OFFER.replace("\"name\"", "\"title\""))))
                .contains("has an unknown field 'title'; known fields: billingCycles, catalogItemId, checkout,");
        assertThat(refusal(fixtures(CUSTOMER.replace("USD", "dollars"), OFFER)))
                .contains("has currencyCode 'dollars' that is not a three-letter upper-case currency code");
        assertThat(refusal(fixtures(CUSTOMER, OFFER.replace("}", ", \"minQuantity\": 5, \"maxQuantity\": 2}"))))
                .contains("needs 1 <= minQuantity <= maxQuantity, but has 5..2");
        assertThat(refusal(fixtures(CUSTOMER, OFFER.replace("}", ", \"checkout\": {\"failedAttempts\": 2}}"))))
                .contains("offer A:1:B checkout has failedAttempts but no 'failure' to fail with");
        assertThat(refusal(fixtures(CUSTOMER, OFFER.replace("}", ", \"unitPrice\": \"cheap\"}"))))
                .contains("has 'unitPrice' that is not a number");
        assertThat(refusal(fixtures(CUSTOMER.replace("}", ", \"serviceError\": \"yes\"}"), OFFER)))
                .contains("has 'serviceError' that is not true or false");
    }
}
