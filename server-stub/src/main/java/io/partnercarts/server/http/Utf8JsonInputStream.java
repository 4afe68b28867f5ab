package io.partnercarts.server.http;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a request body through unchanged while checking that it is UTF-8 JSON text: every byte
 * sequence well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF, nothing cut short at the end) and no NUL byte, which UTF-8 JSON never holds but every
 * UTF-16 or UTF-32 body does. Jackson would otherwise detect UTF-16 and UTF-32 and read them.
 * The first offending byte throws {@link CharConversionException}.
 */
final class Utf8JsonInputStream extends FilterInputStream {
    private int continuationBytesDue;
    private int lowestNext = 0x80;
    private int highestNext = 0xBF;

    Utf8JsonInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            checkComplete();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            checkComplete();
        }
        for (int i = 0; i < count; i++) {
            check(buffer[offset + i] & 0xFF);
        }
        return count;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void check(int b) throws CharConversionException {
        if (continuationBytesDue > 0) {
            if (b < lowestNext || b > highestNext) {
                throw invalid();
            }
            lowestNext = 0x80;
            highestNext = 0xBF;
            continuationBytesDue--;
        } else if (b == 0x00) {
            throw invalid();
        } else if (b >= 0xC2 && b <= 0xDF) {
            continuationBytesDue = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            continuationBytesDue = 2;
            lowestNext = b == 0xE0 ? 0xA0 : 0x80;   // E0 80..9F would be overlong
            highestNext = b == 0xED ? 0x9F : 0xBF;  // ED A0..BF would be a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            continuationBytesDue = 3;
            lowestNext = b == 0xF0 ? 0x90 : 0x80;   // F0 80..8F would be overlong
            highestNext = b == 0xF4 ? 0x8F : 0xBF;  // F4 90.. would be above U+10FFFF
        } else if (b >= 0x80) {
            throw invalid();                        // a stray continuation byte, C0, C1 or F5..FF
        }
    }

    private void checkComplete() throws CharConversionException {
        if (continuationBytesDue > 0) {
            throw invalid();
        }
    }

    private static CharConversionException invalid() {
        return new CharConversionException("The request body is not UTF-8 JSON text");
    }
}
