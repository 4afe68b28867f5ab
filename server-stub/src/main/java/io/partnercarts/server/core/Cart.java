package io.partnercarts.server.core;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer's cart as the service keeps it. */
public record Cart(
        UUID id,
        UUID customerId,
        Instant creationTimestamp,
        Instant lastModifiedTimestamp,
        Instant expirationTimestamp,
        String lastModifiedUser,
        CartStatus status,
        List<CartLine> lines,
        Boolean partnerOnRecordAttestationAccepted) {
}
