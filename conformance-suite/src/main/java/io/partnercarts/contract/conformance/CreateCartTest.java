package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static io.partnercarts.contract.CartBodies.line;
import static io.partnercarts.contract.Seed.BARRACUDA;
import static io.partnercarts.contract.Seed.RI_1Y;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.CartBodies;
import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.SameAnswer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code createCart}: 201 with what the service assigns, catalog errors per line, idempotency, refusals. */
class CreateCartTest {
    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void theServiceAssignsIdTimestampsStatusCurrencyAndGroup() {
        Response created = api.createCart(cartOf(barracuda(2)));

        assertThat(created.statusCode()).as("status of %s", created.asString()).isEqualTo(201);
        // The contract's GUID form: 36 characters, 8-4-4-4-12 hex digits of either case (UUID.fromString
        // never returns null and also takes non-canonical forms such as "1-1-1-1-1").
        assertThat(created.<String>path("id"))
                .as("id is a GUID")
                .matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        OffsetDateTime creation = OffsetDateTime.parse(created.path("creationTimestamp"));
        assertThat(OffsetDateTime.parse(created.<String>path("expirationTimestamp")))
                .as("expires 7 days after creation")
                .isEqualTo(creation.plus(Duration.ofDays(7)));
        assertThat(created.<String>path("lastModifiedTimestamp")).isNotBlank();
        assertThat(created.<String>path("lastModifiedUser")).isNotBlank();
        assertThat(created.<String>path("status")).isEqualTo("Active");
        assertThat(created.<String>path("lineItems[0].currencyCode")).isEqualTo("USD");
        assertThat(created.<String>path("lineItems[0].orderGroup")).isEqualTo("0");
        assertThat(created.<Integer>path("lineItems[0].quantity")).isEqualTo(2);
    }

    @Test
    void theCreatedCartCanBeReadBack() {
        Response created = api.createCart(CartBodies.seed());
        String id = created.path("id");

        Response read = api.getCart(id);

        assertThat(read.statusCode()).isEqualTo(200);
        SameAnswer.assertSame("the cart as created", SameAnswer.cart(read), SameAnswer.cart(created));
    }

    @Test
    void aLineTheCatalogDoesNotKnowStillCreatesTheCartAndCarriesAnIntegerErrorCode() {
        Response created =
                api.createCart(cartOf(barracuda(1), line("NOSUCHOFFER:0001:NOSUCHSKU", 1, "monthly", "P1M")));

        assertThat(created.statusCode()).as("status of %s", created.asString()).isEqualTo(201);
        assertThat(created.<Object>path("lineItems[0].error"))
                .as("the known offer has no error")
                .isNull();
        assertThat(created.<Object>path("lineItems[1].error.errorCode"))
                .as("errorCode is a JSON integer")
                .isInstanceOf(Integer.class)
                .isEqualTo(10001);
        assertThat(created.<String>path("lineItems[1].error.errorDescription")).isNotBlank();
    }

    @Test
    void aLineTheCatalogRefusesCarriesErrorCode10010() {
        String tooMany = cartOf(barracuda(100_000));
        String wrongCycle = cartOf(line(BARRACUDA, 1, "annual", "P1M"));
        String wrongTerm = cartOf(line(BARRACUDA, 1, "monthly", "P3Y"));
        String noProvisioning = cartOf(line(RI_1Y, 1, "one_time", "P1Y"));

        for (String body : new String[] {tooMany, wrongCycle, wrongTerm, noProvisioning}) {
            Response created = api.createCart(body);
            assertThat(created.statusCode()).as("status for %s", body).isEqualTo(201);
            assertThat(created.<Integer>path("lineItems[0].error.errorCode"))
                    .as("errorCode for %s", body)
                    .isEqualTo(10010);
        }
    }

    @Test
    void aRetryWithTheSameRequestIdAnswersTheSameCart() {
        String requestId = UUID.randomUUID().toString();
        String body = cartOf(barracuda(1));

        Response first = api.request()
                .header("MS-RequestId", requestId)
                .contentType(ContentType.JSON)
                .body(body)
                .post(CartsEndpoint.CARTS, api.customer());
        Response retry = api.request()
                .header("MS-RequestId", requestId)
                .contentType(ContentType.JSON)
                .body(body)
                .post(CartsEndpoint.CARTS, api.customer());
        Response another = api.request()
                .header("MS-RequestId", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .post(CartsEndpoint.CARTS, api.customer());

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.<String>path("id")).as("the retry's cart").isEqualTo(first.path("id"));
        SameAnswer.assertSame(
                "the retry's answer (the cart as created)", SameAnswer.cart(retry), SameAnswer.cart(first));
        assertThat(another.<String>path("id"))
                .as("a new MS-RequestId creates a new cart")
                .isNotEqualTo(first.path("id"));
    }

    @Test
    void enumValuesAreReadInAnyCaseAndAnsweredInTheContractsCase() {
        String body = "{\"lineItems\":[{\"catalogItemId\":\"" + BARRACUDA + "\",\"quantity\":1,"
                + "\"billingCycle\":\"Monthly\",\"termDuration\":\"P1M\","
                + "\"participants\":[{\"key\":\"TRANSACTION_RESELLER\",\"value\":\"1234567\"}]},"
                + "{\"catalogItemId\":\"" + BARRACUDA + "\",\"quantity\":1,\"billingCycle\":\"MONTHLY\","
                + "\"termDuration\":\"P1M\"}]}";

        Response created = api.createCartOffContract(body);

        assertThat(created.statusCode()).as("status of %s", created.asString()).isEqualTo(201);
        assertThat(created.<List<String>>path("lineItems.billingCycle")).containsExactly("monthly", "monthly");
        assertThat(created.<String>path("lineItems[0].participants[0].key")).isEqualTo("transaction_reseller");
        assertThat(created.<List<Object>>path("lineItems.error")).containsOnlyNulls();
    }

    @Test
    void aCartWithoutLineItemsIsRefused() {
        assertFault(api.createCartOffContract("{}"), 400, 800002);
        assertFault(api.createCartOffContract("{\"lineItems\":[]}"), 400, 800002);
    }

    @Test
    void aLineWithoutItsRequiredFieldsIsRefused() {
        String noQuantity = "{\"lineItems\":[{\"id\":0,\"catalogItemId\":\"" + BARRACUDA
                + "\",\"billingCycle\":\"monthly\",\"termDuration\":\"P1M\"}]}";
        String noCatalogItem = "{\"lineItems\":[{\"id\":0,\"quantity\":1,\"billingCycle\":\"monthly\"}]}";

        for (String body : new String[] {noQuantity, noCatalogItem}) {
            assertFault(api.createCartOffContract(body), 400, 800002);
        }
    }

    @Test
    void anUnknownCustomerIsA404() {
        Response response = api.request()
                .contentType(ContentType.JSON)
                .body(cartOf(barracuda(1)))
                .post(CartsEndpoint.CARTS, UUID.randomUUID());

        assertFault(response, 404, 60003);
    }
}
