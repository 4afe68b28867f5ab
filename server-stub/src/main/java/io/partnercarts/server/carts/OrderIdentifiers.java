package io.partnercarts.server.carts;

import io.partnercarts.server.core.RandomIds;
import java.util.HexFormat;
import java.util.Locale;

/** New ids in the shapes Partner Center uses for orders and subscriptions. */
final class OrderIdentifiers {
    private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int MODERN_ORDER_ID_LENGTH = 33;
    private static final int MODERN_ALTERNATE_ID_BYTES = 6;

    /** A GUID, used both as id and alternate id of a legacy order. */
    String legacyOrderId() {
        return RandomIds.uuid().toString();
    }

    /** A 33-character URL-safe token such as {@code 311qiN8iFwkv-XARWMvXRYAwYKMACVqv1}. */
    String modernOrderId() {
        StringBuilder id = new StringBuilder(MODERN_ORDER_ID_LENGTH);
        for (int i = 0; i < MODERN_ORDER_ID_LENGTH; i++) {
            id.append(URL_SAFE.charAt(RandomIds.generator().nextInt(URL_SAFE.length())));
        }
        return id.toString();
    }

    /** Twelve lower-case hex characters such as {@code 0a3624c6e47d}. */
    String modernAlternateId() {
        byte[] bytes = new byte[MODERN_ALTERNATE_ID_BYTES];
        RandomIds.generator().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** An upper-case GUID, as legacy subscriptions are numbered. */
    String subscriptionId() {
        return RandomIds.uuid().toString().toUpperCase(Locale.ROOT);
    }
}
