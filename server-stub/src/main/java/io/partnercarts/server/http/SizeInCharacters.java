package io.partnercarts.server.http;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/**
 * {@code @Size} as the contract means it: a string's length in characters (Unicode code points, as JSON
 * Schema counts {@code maxLength}), not in UTF-16 units as Bean Validation counts it, so that an emoji
 * is one character, as the contract's validators count it. Collections, maps and arrays count their
 * elements. Registered for every {@code @Size} in META-INF/validation.
 */
public final class SizeInCharacters implements ConstraintValidator<Size, Object> {
    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
        this.min = size.min();
        this.max = size.max();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int size = sizeOf(value);
        return size >= min && size <= max;
    }

    static int sizeOf(Object value) {
        if (value instanceof CharSequence text) {
            return Character.codePointCount(text, 0, text.length());
        }
        if (value instanceof Collection<?> items) {
            return items.size();
        }
        if (value instanceof Map<?, ?> entries) {
            return entries.size();
        }
        if (value.getClass().isArray()) {
            return Array.getLength(value);
        }
        throw new IllegalArgumentException("@Size on a " + value.getClass().getName());
    }
}
