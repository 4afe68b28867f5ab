package io.partnercarts.contract;

/**
 * A GUID written so that {@code UUID.fromString} still reads it as the same GUID, though it is not the
 * 8-4-4-4-12 hex form: an implementation that accepts these finds the same customer or cart by another id.
 */
public final class GuidLookalikes {
    private GuidLookalikes() {}

    /** The decimal digits as Arabic-Indic digits (U+0660..U+0669). */
    public static String arabicIndicDigits(Object guid) {
        return replaceDigits(guid.toString(), '\u0660');
    }

    /** The decimal digits as full-width digits (U+FF10..U+FF19). */
    public static String fullWidthDigits(Object guid) {
        return replaceDigits(guid.toString(), '\uFF10');
    }

    private static String replaceDigits(String guid, char zero) {
        StringBuilder spelt = new StringBuilder(guid.length());
        for (char c : guid.toCharArray()) {
            spelt.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
        }
        return spelt.toString();
    }
}
