package io.partnercarts.server.carts;

import com.fasterxml.jackson.databind.JsonNode;
import io.partnercarts.server.Seed;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.CartDraft;
import io.partnercarts.server.core.LineDraft;
import io.partnercarts.server.core.Participant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Line items and carts as a partner would send them, and the ids of the built-in fixtures. */
final class Drafts {
    static final UUID CONTOSO = UUID.fromString("28045616-f6b9-462f-9701-0d89b5e65c44");
    static final UUID FABRIKAM = UUID.fromString("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");
    static final UUID WINGTIP_EUR = UUID.fromString("7e3c9a52-4b1d-4f6e-8a2c-5d9f0b6e1a34");

    // The seed's catalog items: read from the contract's SeedCartRequest example (see Seed).
    static final String AZURE = Seed.AZURE;
    static final String RI_1Y = Seed.RI_1Y;
    static final String RI_3Y = Seed.RI_3Y;
    static final String BIZTALK = Seed.BIZTALK;
    static final String BARRACUDA = Seed.BARRACUDA;
    static final String M365_BASIC = "CFQ7TTC0LH18:0001:CFQ7TTC0K5BF";
    static final String ALWAYS_FAILS = "SANDBOX0FAIL:0001:SANDBOX0FAIL";
    static final String FAILS_ONCE = "SANDBOX0RTRY:0001:SANDBOX0RTRY";
    static final String SLOW = "SANDBOX0SLOW:0001:SANDBOX0SLOW";
    static final String SERVICE_ERROR = "SANDBOX0ERR5:0001:SANDBOX0ERR5";

    private Drafts() {}

    static LineDraft line(String catalogItemId, int quantity, BillingCycle cycle, String term) {
        return new LineDraft(
                null, catalogItemId, null, quantity, cycle, term, null, List.of(), Map.of(), List.of(), null, null);
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

    /** The seed's reserved-instance provisioning context (its subscription and scope) for {@code duration}. */
    static Map<String, String> reservation(String duration) {
        Map<String, String> context = new LinkedHashMap<>(Seed.provisioningContext(1));
        context.put("duration", duration);
        return Map.copyOf(context);
    }

    /** The line items of the seed scenario: the contract's SeedCartRequest example. */
    static CartDraft seed() {
        List<LineDraft> lines = new ArrayList<>();
        for (int i = 0; i < Seed.lineIds().size(); i++) {
            JsonNode item = Seed.requestLine(i);
            LineDraft line = withId(
                    item.path("id").asInt(),
                    line(
                            item.path("catalogItemId").asText(),
                            item.path("quantity").asInt(),
                            BillingCycle.fromWireName(item.path("billingCycle").asText())
                                    .orElseThrow(),
                            Seed.termDuration(i)));
            Map<String, String> context = Seed.provisioningContext(i);
            lines.add(context.isEmpty() ? line : withContext(context, line));
        }
        return new CartDraft(lines, null);
    }

    static LineDraft monthly(String catalogItemId) {
        return line(catalogItemId, 1, BillingCycle.MONTHLY, "P1M");
    }
}
