package io.partnercarts.server.http;

import io.partnercarts.server.core.FaultCode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;

/**
 * Every request body is read as UTF-8, the only encoding of JSON (RFC 8259, section 8.1). A body whose
 * Content-Type names another charset, or an unknown one, is refused before it is read; a body that is
 * not UTF-8 JSON text ({@link Utf8JsonText}) is refused by {@link UndecodableBodyMapper}. The body is read
 * whole to be checked: the container bounds it (1 MiB).
 */
@Provider
public final class Utf8RequestBodies implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isUtf8(charset)) {
            throw new BadRequestException(ApiFaults.of(
                    FaultCode.INVALID_INPUT,
                    "The request body must be JSON in UTF-8: the Content-Type header names another charset."));
        }
        byte[] body = context.getInputStream().readAllBytes();
        UnreadBodies.readWhole(context);
        Utf8JsonText.check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.isSupported(charset) && Charset.forName(charset).equals(StandardCharsets.UTF_8);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
