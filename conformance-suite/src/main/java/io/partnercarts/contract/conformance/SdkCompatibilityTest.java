package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static io.partnercarts.contract.Seed.BARRACUDA;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.CartsEndpoint;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What the official SDKs really send: the .NET SDK's PascalCase bodies with explicit nulls and .NET's
 * default dates, the Java SDK's extra {@code attributes} and {@code links}, and the checkout body
 * {@code "success"} (or none at all, as the documentation says).
 */
class SdkCompatibilityTest {
    /** A create body as the .NET SDK serialises it (Newtonsoft, DefaultContractResolver). */
    static final String DOTNET_CART = """
            {"Id":null,"CreationTimestamp":null,"LastModifiedTimestamp":null,
             "ExpirationTimestamp":"0001-01-01T00:00:00","LastModifiedUser":null,"Status":null,
             "LineItems":[{"Id":0,"CatalogItemId":"%s","FriendlyName":null,"Quantity":2,
               "CurrencyCode":null,"BillingCycle":"monthly","TermDuration":"P1M","ProvisioningContext":{},
               "OrderGroup":null,"AddonItems":null,"Error":null,"RenewsTo":null,
               "Participants":[{"Key":"transaction_reseller","Value":"1234567"}]}],
             "Links":null,"Attributes":{"ObjectType":"Cart"}}""".formatted(BARRACUDA);

    /** A create body as the Java SDK 1.15.4 serialises it: camelCase, no nulls, attributes always. */
    static final String JAVA_SDK_CART = """
            {"lineItems":[{"id":0,"catalogItemId":"%s","quantity":1,"billingCycle":"monthly",
               "termDuration":"P1M","addOnItems":[],"attributes":{"objectType":"CartLineItem"}}],
             "links":{"self":{"uri":"/customers/x/carts/y","method":"GET","headers":[]}},
             "attributes":{"objectType":"Cart"}}""".formatted(BARRACUDA);

    private final CartsEndpoint api = CartsEndpoint.get();

    @Test
    void theDotNetSdksPascalCaseCartIsCreatedAndAnsweredInCamelCase() {
        Response created = api.createCartOffContract(DOTNET_CART);

        assertThat(created.statusCode()).as("status of %s", created.asString()).isEqualTo(201);
        assertThat(created.<String>path("status")).isEqualTo("Active");
        assertThat(created.<Integer>path("lineItems[0].quantity")).isEqualTo(2);
        assertThat(created.<String>path("lineItems[0].catalogItemId")).isEqualTo(BARRACUDA);
        assertThat(created.<String>path("lineItems[0].participants[0].key")).isEqualTo("transaction_reseller");
        assertThat(created.<Object>path("lineItems[0].error")).isNull();
        assertThat(created.<String>path("expirationTimestamp"))
                .as("set by the service, not .NET's default")
                .doesNotStartWith("0001");
        assertThat(created.asString()).as("the answer is camelCase").doesNotContain("\"LineItems\"", "\"Status\"");
    }

    @Test
    void theJavaSdksExtraPropertiesAreIgnored() {
        Response created = api.createCartOffContract(JAVA_SDK_CART);

        assertThat(created.statusCode()).as("status of %s", created.asString()).isEqualTo(201);
        assertThat(created.<Object>path("lineItems[0].error")).isNull();
        assertThat(created.<String>path("lineItems[0].orderGroup")).isEqualTo("0");
    }

    @Test
    void everyCheckoutBodyTheClientsSendIsAcceptedAndIgnored() {
        List<UnaryOperator<RequestSpecification>> bodies = List.of(
                request -> request.contentType(ContentType.JSON).body(""), // .NET: Content-Length 0
                request -> request.contentType(ContentType.JSON).body("\"success\""), // every SDK
                request ->
                        request.contentType("application/json; charset=utf-8").body("\"success\""),
                request -> request.contentType(ContentType.JSON).body("{\"anything\":[1,2,3]}"));

        for (int i = 0; i < bodies.size(); i++) {
            String id = api.createdCartId(cartOf(barracuda(1)));
            Response checkout = bodies.get(i).apply(api.request()).post(CartsEndpoint.CHECKOUT, api.customer(), id);
            assertThat(checkout.statusCode())
                    .as("checkout body #%d: %s", i, checkout.asString())
                    .isEqualTo(201);
            assertThat(checkout.<List<Object>>path("orders"))
                    .as("checkout body #%d: orders", i)
                    .hasSize(1);
        }
    }

    @Test
    void aCheckoutWithNoBodyAndNoContentTypeIsAccepted() {
        String id = api.createdCartId(cartOf(barracuda(1)));

        // Only the response is validated: REST Assured shows the validator a form Content-Type it never sends.
        Response checkout = api.offContractRequest().noContentType().post(CartsEndpoint.CHECKOUT, api.customer(), id);

        assertThat(checkout.statusCode())
                .as("status of %s", checkout.asString())
                .isEqualTo(201);
        assertThat(checkout.<List<Object>>path("orders")).hasSize(1);
    }

    @Test
    void aTrailingSlashOnTheCartPathIsTolerated() {
        String id = api.createdCartId(cartOf(barracuda(1)));

        Response read = api.offContractRequest().get(CartsEndpoint.CART + "/", api.customer(), id);

        assertThat(read.statusCode()).as("status of %s", read.asString()).isEqualTo(200);
        assertThat(read.<String>path("id")).isEqualTo(id);
    }
}
