package io.partnercarts.server.core;

import java.util.List;

/** What a create or update request asks the cart to hold. */
public record CartDraft(List<LineDraft> lines, Boolean partnerOnRecordAttestationAccepted) {
}
