package io.partnercarts.server.http;

import java.io.CharConversionException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * JSON text as systems exchange it (RFC 8259, section 8.1): UTF-8, checked by the JDK's strict decoder
 * (no overlong forms, no surrogates, nothing above U+10FFFF, nothing cut short), and no NUL byte, which
 * UTF-8 JSON never holds but every UTF-16 or UTF-32 body does. Jackson would otherwise detect UTF-16
 * and UTF-32 and read them.
 */
final class Utf8JsonText {
    private Utf8JsonText() {}

    static void check(byte[] body) throws CharConversionException {
        for (byte b : body) {
            if (b == 0) {
                throw notUtf8();
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw notUtf8();
        }
    }

    private static CharConversionException notUtf8() {
        return new CharConversionException("The request body is not UTF-8 JSON text");
    }
}
