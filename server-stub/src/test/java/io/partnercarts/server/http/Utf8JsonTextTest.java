package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.CharConversionException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8JsonTextTest {
    private static final String JSON = "{\"friendlyName\":\"caf\u00e9 \u20ac \ud83d\ude00 \u0662\u0668\"}";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "EFBBBF7B7D", // a UTF-8 byte order mark: Jackson skips it
                "7F",
                "C280",
                "DFBF",
                "E0A080",
                "ED9FBF",
                "EE8080",
                "EFBFBF",
                "F0908080",
                "F48FBFBF"
            })
    void acceptsEveryWellFormedSequenceAtItsLimits(String hex) {
        assertThatCode(() -> Utf8JsonText.check(HexFormat.of().parseHex(hex))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "80", // a continuation byte alone
                "C0AF",
                "C1BF", // overlong forms of / and ?
                "E08080", // overlong three-byte form
                "F0808080", // overlong four-byte form
                "EDA080",
                "EDBFBF", // UTF-8 forms of surrogates (CESU-8)
                "F4908080", // above U+10FFFF
                "F5808080",
                "FE",
                "FF",
                "C3", // cut short at the end
                "E282", // cut short at the end
                "C328", // a lead byte followed by ASCII
                "7B00", // a NUL byte
                "FEFF007B007D", // UTF-16BE with its byte order mark
                "7B007D00", // UTF-16LE without one
                "0000007B0000007D" // UTF-32BE
            })
    void refusesWhatIsNotUtf8JsonText(String hex) {
        assertThatThrownBy(() -> Utf8JsonText.check(HexFormat.of().parseHex(hex)))
                .isInstanceOf(CharConversionException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-32", "ISO-8859-1"})
    void refusesJsonInAnotherEncoding(String charset) {
        assertThatThrownBy(() -> Utf8JsonText.check(JSON.getBytes(Charset.forName(charset))))
                .isInstanceOf(CharConversionException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "\"success\"", JSON})
    void acceptsUtf8Json(String json) {
        assertThatCode(() -> Utf8JsonText.check(json.getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }
}
