package io.partnercarts.server.core;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the domain assumes of a draft: the contract's required properties are present. The HTTP layer
 * refuses a request without them (the generated {@code @NotNull} and {@code @Size}), so a draft without
 * them is a programming error, not a partner's mistake.
 */
class DraftPreconditionsTest {
    private static final String ITEM = "CFQ7TTC0LH18:0001:CFQ7TTC0K5BF";

    @Test
    void aLineDraftHasCatalogItemQuantityAndBillingCycle() {
        assertThatNullPointerException()
                .isThrownBy(() -> new LineDraft(
                        null, null, null, 1, BillingCycle.MONTHLY, "P1M", null, null, null, null, null, null))
                .withMessage("catalogItemId");
        assertThatNullPointerException()
                .isThrownBy(() -> new LineDraft(
                        null, ITEM, null, null, BillingCycle.MONTHLY, "P1M", null, null, null, null, null, null))
                .withMessage("quantity");
        assertThatNullPointerException()
                .isThrownBy(() -> new LineDraft(null, ITEM, null, 1, null, "P1M", null, null, null, null, null, null))
                .withMessage("billingCycle");
    }

    @Test
    void aCartDraftHasLines() {
        assertThatNullPointerException()
                .isThrownBy(() -> new CartDraft(null, null))
                .withMessage("lines");
        assertThatIllegalArgumentException().isThrownBy(() -> new CartDraft(List.of(), null));
    }
}
