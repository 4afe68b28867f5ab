package io.partnercarts.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8JsonInputStreamTest {
    private static final String JSON = "{\"friendlyName\":\"caf\u00e9 \u20ac \ud83d\ude00 \u0662\u0668\"}";

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8192})
    void passesUtf8JsonThroughUnchangedWhereverTheReadsSplitIt(int chunk) throws IOException {
        byte[] body = JSON.getBytes(StandardCharsets.UTF_8);

        assertThat(readInChunks(body, chunk)).isEqualTo(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "EFBBBF7B7D",       // a UTF-8 byte order mark: Jackson skips it
        "7F", "C280", "DFBF", "E0A080", "ED9FBF", "EE8080", "EFBFBF", "F0908080", "F48FBFBF"})
    void acceptsEveryWellFormedSequenceAtItsLimits(String hex) throws IOException {
        byte[] body = HexFormat.of().parseHex(hex);

        assertThat(readInChunks(body, 1)).isEqualTo(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "80",               // a continuation byte alone
        "C0AF", "C1BF",     // overlong forms of / and ?
        "E08080",           // overlong three-byte form
        "F0808080",         // overlong four-byte form
        "EDA080", "EDBFBF", // UTF-8 forms of surrogates (CESU-8)
        "F4908080",         // above U+10FFFF
        "F5808080", "FE", "FF",
        "C3",               // cut short at the end
        "E282",             // cut short at the end
        "C328",             // a lead byte followed by ASCII
        "7B00",             // a NUL byte
        "FEFF007B007D",     // UTF-16BE with its byte order mark
        "7B007D00",         // UTF-16LE without one
        "0000007B0000007D"  // UTF-32BE
    })
    void refusesWhatIsNotUtf8JsonText(String hex) {
        assertThatThrownBy(() -> readInChunks(HexFormat.of().parseHex(hex), 1))
                .isInstanceOf(CharConversionException.class);
        assertThatThrownBy(() -> readInChunks(HexFormat.of().parseHex(hex), 8192))
                .isInstanceOf(CharConversionException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-32", "ISO-8859-1"})
    void refusesJsonInAnotherEncoding(String charset) {
        byte[] body = JSON.getBytes(Charset.forName(charset));

        assertThatThrownBy(() -> readInChunks(body, 4096)).isInstanceOf(CharConversionException.class);
    }

    /** Reads the body through the stream, {@code chunk} bytes at a time; 1 reads byte by byte with read(). */
    private static byte[] readInChunks(byte[] body, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new Utf8JsonInputStream(new ByteArrayInputStream(body))) {
            if (chunk == 1) {
                for (int b = in.read(); b >= 0; b = in.read()) {
                    out.write(b);
                }
            } else {
                byte[] buffer = new byte[chunk];
                for (int n = in.read(buffer, 0, chunk); n >= 0; n = in.read(buffer, 0, chunk)) {
                    out.write(buffer, 0, n);
                }
            }
        }
        return out.toByteArray();
    }
}
