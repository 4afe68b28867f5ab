package io.partnercarts.server.core;

import java.util.regex.Pattern;

/**
 * The one form in which this service reads a GUID: 8-4-4-4-12 ASCII hex digits, either case.
 * {@code UUID.fromString} alone also reads {@code 1-2-3-4-5}, ids a digit short and non-ASCII digits.
 */
public final class GuidForm {
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private GuidForm() {}

    public static boolean matches(String text) {
        return text != null && GUID.matcher(text).matches();
    }
}
