package io.partnercarts.server.checkout;

import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.CartDraft;
import io.partnercarts.server.core.LineDraft;
import io.partnercarts.server.core.Participant;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Line items and carts as a partner would send them, and the ids of the built-in fixtures. */
final class Drafts {
    static final UUID CONTOSO = UUID.fromString("28045616-f6b9-462f-9701-0d89b5e65c44");
    static final UUID FABRIKAM = UUID.fromString("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");
    static final UUID WINGTIP_EUR = UUID.fromString("7e3c9a52-4b1d-4f6e-8a2c-5d9f0b6e1a34");

    static final String AZURE = "MS-AZR-0145P";
    static final String RESERVED_VM_1Y = "DZH318Z0BQ36:004G:DZH318Z08C0S";
    static final String RESERVED_VM_3Y = "DZH318Z0BQ36:004J:DZH318Z08B8X";
    static final String BIZTALK = "DG7GMGF0DWM3:0002:DG7GMGF0DT1M";
    static final String BARRACUDA = "DZH318Z0BXWC:0002:DZH318Z0BMRV";
    static final String M365_BASIC = "CFQ7TTC0LH18:0001:CFQ7TTC0K5BF";
    static final String ALWAYS_FAILS = "SANDBOX0FAIL:0001:SANDBOX0FAIL";
    static final String FAILS_ONCE = "SANDBOX0RTRY:0001:SANDBOX0RTRY";
    static final String SLOW = "SANDBOX0SLOW:0001:SANDBOX0SLOW";
    static final String SERVICE_ERROR = "SANDBOX0ERR5:0001:SANDBOX0ERR5";

    private Drafts() {
    }

    static LineDraft line(String catalogItemId, int quantity, BillingCycle cycle, String term) {
        return new LineDraft(null, catalogItemId, null, quantity, cycle, term, null, List.of(), Map.of(), List.of(),
                null, null);
    }

    static LineDraft withId(int id, LineDraft line) {
        return line.withId(id);
    }

    static LineDraft withContext(Map<String, String> context, LineDraft line) {
        return line.withProvisioningContext(context);
    }

    static LineDraft withAddons(LineDraft line, LineDraft... addons) {
        return line.withAddonItems(List.of(addons));
    }

    static LineDraft withReseller(String partnerId, LineDraft line) {
        return line.withParticipants(List.of(new Participant("transaction_reseller", partnerId)));
    }

    static LineDraft withFriendlyName(String name, LineDraft line) {
        return line.withFriendlyName(name);
    }

    static CartDraft cart(LineDraft... lines) {
        return new CartDraft(Arrays.asList(lines), null);
    }

    static Map<String, String> reservation(String duration) {
        return Map.of("subscriptionId", "8a4e6a2c-93a1-4d77-9b0f-6f1d8f2a0c11", "scope", "shared", "duration", duration);
    }

    /** The five line items of the seed scenario, with ids 0..4. */
    static CartDraft seed() {
        return cart(
                withId(0, line(AZURE, 1, BillingCycle.MONTHLY, "P1Y")),
                withId(1, withContext(reservation("1Year"), line(RESERVED_VM_1Y, 1, BillingCycle.ONE_TIME, "P1Y"))),
                withId(2, withContext(reservation("3Years"), line(RESERVED_VM_3Y, 1, BillingCycle.ONE_TIME, "P3Y"))),
                withId(3, line(BIZTALK, 1, BillingCycle.ONE_TIME, null)),
                withId(4, line(BARRACUDA, 1, BillingCycle.MONTHLY, "P1M")));
    }

    static LineDraft monthly(String catalogItemId) {
        return line(catalogItemId, 1, BillingCycle.MONTHLY, "P1M");
    }
}
