package io.partnercarts.contract.conformance;

import static io.partnercarts.contract.ApiFaultAssert.assertFault;
import static io.partnercarts.contract.CartBodies.barracuda;
import static io.partnercarts.contract.CartBodies.cartOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnercarts.contract.CartsEndpoint;
import io.partnercarts.contract.Seed;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies are JSON in UTF-8 (RFC 8259): bytes that are not UTF-8, JSON in UTF-16 or UTF-32, and
 * a Content-Type naming another charset are refused with a 400 that creates or changes nothing.
 */
class BodyEncodingTest {
    private static final String BEFORE_NAME = "{\"lineItems\":[{\"catalogItemId\":\"" + Seed.BARRACUDA + "\","
            + "\"quantity\":1,\"billingCycle\":\"monthly\",\"termDuration\":\"P1M\",\"friendlyName\":\"";
    private static final String AFTER_NAME = "\"}]}";

    private final CartsEndpoint api = CartsEndpoint.get();

    static Stream<Arguments> bodiesThatAreNotUtf8() {
        String cart = named("caf\u00e9");
        return Stream.of(
                Arguments.of("ISO-8859-1 bytes", cart.getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("an overlong UTF-8 form", concat(BEFORE_NAME, "C0AF", AFTER_NAME)),
                Arguments.of("a UTF-8-encoded surrogate", concat(BEFORE_NAME, "EDA080", AFTER_NAME)),
                Arguments.of("bytes FF FE", concat("{\"lineItems\":[", "FFFE", "]}")),
                Arguments.of("UTF-16 with a byte order mark", cart.getBytes(StandardCharsets.UTF_16)),
                Arguments.of("UTF-16LE", cart.getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-32", cart.getBytes(Charset.forName("UTF-32"))),
                Arguments.of(
                        "UTF-32 with a code point above U+10FFFF",
                        concat32(cart.substring(0, 10), "00110000", cart.substring(10))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesThatAreNotUtf8")
    void aBodyThatIsNotUtf8IsA400(String what, byte[] body) {
        Response response = api.offContractRequest()
                .contentType("application/json")
                .body(body)
                .post(CartsEndpoint.CARTS, api.customer());

        assertFault(response, 400, 800002);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"iso-8859-1", "ISO-8859-1", "us-ascii", "utf-16", "windows-1252", "foo", "\"utf-8 \""})
    void aContentTypeNamingAnotherCharsetIsA400(String charset) {
        Response response = api.offContractRequest()
                .contentType("application/json; charset=" + charset)
                .body(cartOf(barracuda(1)).getBytes(StandardCharsets.US_ASCII))
                .post(CartsEndpoint.CARTS, api.customer());

        assertFault(response, 400, 800002);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=utf-8",
                "application/json;charset=\"UTF-8\"",
                "application/json; charset=UTF8"
            })
    void utf8JsonIsReadWithOrWithoutItsCharset(String contentType) {
        String name = "Caf\u00e9 \u20ac \ud83d\ude00 \u0661";

        Response created = api.offContractRequest()
                .contentType(contentType)
                .body(named(name).getBytes(StandardCharsets.UTF_8))
                .post(CartsEndpoint.CARTS, api.customer());

        assertThat(created.statusCode()).as("status of %s", created.asString()).isEqualTo(201);
        assertThat(created.<String>path("lineItems[0].friendlyName")).isEqualTo(name);
    }

    @Test
    void aUtf8ByteOrderMarkIsIgnored() {
        byte[] body = concat("", "EFBBBF", cartOf(barracuda(1)));

        Response created = api.offContractRequest()
                .contentType("application/json")
                .body(body)
                .post(CartsEndpoint.CARTS, api.customer());

        assertThat(created.statusCode()).as("status of %s", created.asString()).isEqualTo(201);
    }

    @Test
    void aLoneSurrogateEscapeIsRefusedOrAnsweredAsItWasSent() {
        Response created = api.offContractRequest()
                .contentType("application/json")
                .body(named("a\\ud800b"))
                .post(CartsEndpoint.CARTS, api.customer());

        if (created.statusCode() != 201) {
            assertFault(created, 400, 800002);
            return;
        }
        Response read = api.getCart(created.path("id"));
        assertThat(read.<String>path("lineItems[0].friendlyName")).isEqualTo("a\ud800b");
        assertThat(Json.of(read).path("lineItems").path(0).path("friendlyName").textValue())
                .as("the friendly name as JSON reads it, whatever its escapes")
                .isEqualTo("a\ud800b");
    }

    @Test
    void aCheckoutBodyThatIsNotUtf8IsA400AndOrdersNothing() {
        String id = api.createdCartId(cartOf(barracuda(1)));

        Response response = api.offContractRequest()
                .contentType("application/json")
                .body("\"success\"".getBytes(StandardCharsets.UTF_16))
                .post(CartsEndpoint.CHECKOUT, api.customer(), id);

        assertFault(response, 400, 800002);
        assertThat(api.getCart(id).<String>path("status"))
                .as("the cart after the refused checkout")
                .isEqualTo("Active");
    }

    private static String named(String friendlyName) {
        return BEFORE_NAME + friendlyName + AFTER_NAME;
    }

    /** UTF-8 text, the bytes given in hex, then more UTF-8 text. */
    private static byte[] concat(String before, String hex, String after) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(HexFormat.of().parseHex(hex));
        body.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** The same in UTF-32. */
    private static byte[] concat32(String before, String hex, String after) {
        Charset utf32 = Charset.forName("UTF-32BE");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(before.getBytes(utf32));
        body.writeBytes(HexFormat.of().parseHex(hex));
        body.writeBytes(after.getBytes(utf32));
        return body.toByteArray();
    }
}
