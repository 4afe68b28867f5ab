package io.partnercarts.server.http;

import io.partnercarts.server.core.GuidForm;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Reads a {@code UUID} parameter (customer-id, cart-id) only in the GUID form 8-4-4-4-12 of ASCII hex
 * digits. {@code UUID.fromString}, which Jersey would use, also takes {@code 1-2-3-4-5}, ids a character
 * short, and Arabic-Indic or full-width digits, each silently read as some other GUID.
 */
@Provider
public final class GuidParameters implements ParamConverterProvider {
    private static final ParamConverter<UUID> STRICT = new StrictGuid();

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == UUID.class ? (ParamConverter<T>) STRICT : null;
    }

    static final class StrictGuid implements ParamConverter<UUID> {
        @Override
        public UUID fromString(String value) {
            if (value == null) {
                throw new IllegalArgumentException("No value to convert");
            }
            if (!GuidForm.matches(value)) {
                throw new NotAGuidException();
            }
            return UUID.fromString(value);
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    }

    /**
     * Deliberately not an IllegalArgumentException: Jersey answers that one from a path parameter's
     * converter with the parameter's default value (null) instead of a ParamException.
     */
    static final class NotAGuidException extends RuntimeException {
        NotAGuidException() {
            super("not a GUID", null, false, false);
        }
    }
}
