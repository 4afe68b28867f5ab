package io.partnercarts.contract.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Forms of a GUID, each a kind of case: the same id in another case (still the same GUID), and forms that
 * must not be read as a GUID at all: digits of other scripts, other hyphens, the wrong shape, braces, a
 * sign, whitespace and invisible characters, invalid percent escapes, random text.
 */
final class IdVariants {
    /**
     * One form of the id: as text, and as the path segment that carries it (percent-encoded UTF-8, or
     * escapes no text has); {@code sameId} when it still names the same GUID.
     */
    record IdVariant(String kind, String text, String segment, boolean sameId) {
        IdVariant(String kind, String text, boolean sameId) {
            this(kind, text, encode(text), sameId);
        }
    }

    private static final String DIGITS = "0123456789";
    /** Digit zero of other scripts: Arabic-Indic, Extended Arabic-Indic, Devanagari, full-width, mathematical bold. */
    private static final List<Integer> OTHER_ZEROS = List.of(0x0660, 0x06F0, 0x0966, 0xFF10, 0x1D7CE);

    private static final List<String> OTHER_HYPHENS =
            List.of("\u2010", "\u2011", "\u2013", "\u2212", "\uFE63", "\uFF0D");
    private static final List<String> INVALID_ESCAPES = List.of("%FF", "%C0%AF", "%ED%A0%80", "%E2%82", "%80");

    private IdVariants() {}

    /**
     * Every kind of form, for a path segment: also control characters, invalid escapes, 1,000 characters and
     * 5,000 (past the longest request target the contract allows).
     * Each kind draws a form of its sort.
     */
    static List<Function<Draw, IdVariant>> kinds(UUID id) {
        List<Function<Draw, IdVariant>> kinds = visibleKinds(id);
        String guid = id.toString();
        kinds.add(only(new IdVariant("a trailing tab", guid + "\t", false)));
        kinds.add(only(new IdVariant("a trailing newline", guid + "\n", false)));
        kinds.add(only(new IdVariant("a trailing NUL", guid + "\u0000", false)));
        kinds.add(only(new IdVariant("1,000 characters", (guid + "-").repeat(27), false)));
        kinds.add(only(new IdVariant("5,000 characters", (guid + "-").repeat(137), false)));
        for (String escape : INVALID_ESCAPES) {
            kinds.add(only(new IdVariant(
                    "invalid UTF-8 escape " + escape,
                    guid.substring(0, 35) + "\uFFFD",
                    guid.substring(0, 35) + escape,
                    false)));
        }
        return kinds;
    }

    /** The kinds of form that a header value can carry too: no control characters, not too long. */
    static List<Function<Draw, IdVariant>> visibleKinds(UUID id) {
        String guid = id.toString();
        List<Function<Draw, IdVariant>> kinds = new ArrayList<>();
        kinds.add(only(new IdVariant("upper case", guid.toUpperCase(Locale.ROOT), true)));
        kinds.add(draw -> new IdVariant(
                "mixed case",
                changed(
                        guid,
                        draw.between(1, Integer.MAX_VALUE),
                        c -> Character.isLetter(c) ? Character.toString(Character.toUpperCase(c)) : null),
                true));
        for (int zero : OTHER_ZEROS) {
            IntFunction<String> otherDigit =
                    c -> DIGITS.indexOf(c) < 0 ? null : new String(Character.toChars(zero + DIGITS.indexOf(c)));
            kinds.add(draw -> draw.where(
                    () -> new IdVariant(
                            String.format("digits U+%04X..", zero),
                            changed(guid, draw.between(1, Integer.MAX_VALUE), otherDigit),
                            false),
                    variant -> !variant.text().equals(guid)));
        }
        kinds.add(draw -> new IdVariant("another hyphen", guid.replace("-", draw.oneOf(OTHER_HYPHENS)), false));
        wrongForms(guid).forEach((kind, text) -> kinds.add(only(new IdVariant(kind, text, false))));
        kinds.add(draw -> new IdVariant("random text", draw.oddText(), false));
        return kinds;
    }

    private static Function<Draw, IdVariant> only(IdVariant variant) {
        return draw -> variant;
    }

    private static Map<String, String> wrongForms(String guid) {
        String[] groups = guid.split("-");
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("1-2-3-4-5", "1-2-3-4-5");
        forms.put("five short groups", "a-b-c-d-e");
        forms.put("35 characters", guid.substring(0, 35));
        forms.put("37 characters", guid + "0");
        forms.put("braces", "{" + guid + "}");
        forms.put("parentheses", "(" + guid + ")");
        forms.put("a urn:uuid: prefix", "urn:uuid:" + guid);
        forms.put("no hyphens", guid.replace("-", ""));
        forms.put(
                "hyphens moved",
                guid.replace("-", "").replaceAll("(.{4})", "$1-").substring(0, 39));
        forms.put("a sign in the first group", "+" + guid.substring(1));
        forms.put("a sign in a middle group", groups[0] + "-+" + groups[1].substring(1) + guid.substring(13));
        forms.put("a letter past f", guid.substring(0, 35) + "g");
        forms.put("a leading space", " " + guid);
        forms.put("a trailing space", guid + " ");
        forms.put("a no-break space", guid + "\u00A0");
        forms.put("a zero-width space inside", guid.substring(0, 8) + "\u200B" + guid.substring(8));
        forms.put("a byte order mark first", "\uFEFF" + guid);
        forms.put("a right-to-left mark first", "\u200F" + guid);
        forms.put("a combining mark", guid + "\u0301");
        forms.put("a percent sign", "%" + guid.substring(1));
        return forms;
    }

    /** The text with the characters the mask selects replaced (where {@code replacement} gives one). */
    private static String changed(String text, int mask, IntFunction<String> replacement) {
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String replaced = (mask >> (i % 31) & 1) == 1 ? replacement.apply(text.charAt(i)) : null;
            changed.append(replaced == null ? String.valueOf(text.charAt(i)) : replaced);
        }
        return changed.toString();
    }

    /** Percent-encodes every byte of the UTF-8 text but the unreserved characters of RFC 3986. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
