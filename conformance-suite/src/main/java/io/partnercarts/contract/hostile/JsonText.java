package io.partnercarts.contract.hostile;

/**
 * JSON string literals written by hand, because a hostile value may hold what a JSON library refuses to
 * write: a lone surrogate can only travel as a {@code \\uD800} escape. And long values shortened for reports.
 */
final class JsonText {
    private JsonText() {}

    /** A literal with non-ASCII characters as they are (sent as UTF-8), lone surrogates escaped. */
    static String quote(String value) {
        return quote(value, false);
    }

    /** A literal with every non-ASCII character escaped. */
    static String quoteAscii(String value) {
        return quote(value, true);
    }

    private static String quote(String value, boolean asciiOnly) {
        StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                literal.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || (asciiOnly && c > 0x7E) || isLoneSurrogate(value, i)) {
                literal.append(String.format("\\u%04X", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }

    private static boolean isLoneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }

    /** A long value shortened for a report: its start and its length. */
    static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 40) + "… (" + text.length() + " characters)" : text;
    }
}
