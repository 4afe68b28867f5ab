package io.partnercarts.server.core;

import java.util.List;
import java.util.Objects;

/**
 * What a create or update request asks the cart to hold. {@code lines} is never null nor empty: the
 * contract requires at least one line item, and the HTTP layer refuses a request without one before a
 * draft is made.
 */
public record CartDraft(List<LineDraft> lines, Boolean partnerOnRecordAttestationAccepted) {

    public CartDraft {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A cart draft needs at least one line.");
        }
    }
}
