package io.partnercarts.server.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A customer's cart as the service keeps it; {@code lines} is never null (an unmodifiable copy). */
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

    public Cart {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    /** This cart as last changed at {@code timestamp} by {@code user}. */
    public Cart modified(Instant timestamp, String user) {
        return new Cart(
                id,
                customerId,
                creationTimestamp,
                timestamp,
                expirationTimestamp,
                user,
                status,
                lines,
                partnerOnRecordAttestationAccepted);
    }

    /** This cart in {@code newStatus}. */
    public Cart withStatus(CartStatus newStatus) {
        return new Cart(
                id,
                customerId,
                creationTimestamp,
                lastModifiedTimestamp,
                expirationTimestamp,
                lastModifiedUser,
                newStatus,
                lines,
                partnerOnRecordAttestationAccepted);
    }

    /** This cart holding {@code newLines} instead of its lines. */
    public Cart withLines(List<CartLine> newLines) {
        return new Cart(
                id,
                customerId,
                creationTimestamp,
                lastModifiedTimestamp,
                expirationTimestamp,
                lastModifiedUser,
                status,
                newLines,
                partnerOnRecordAttestationAccepted);
    }

    /** This cart with the partner's answer to the partner-of-record attestation replaced. */
    public Cart withPartnerOnRecordAttestationAccepted(Boolean accepted) {
        return new Cart(
                id,
                customerId,
                creationTimestamp,
                lastModifiedTimestamp,
                expirationTimestamp,
                lastModifiedUser,
                status,
                lines,
                accepted);
    }
}
