package io.partnercarts.server.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partnercarts.server.core.BillingCycle;
import io.partnercarts.server.core.GuidForm;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses and checks the JSON of a fixtures file; the format is described in docs/sandbox-behaviour.md (Fixtures). */
final class FixturesReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private static final Set<String> TOP_FIELDS = Set.of("partnerUser", "customers", "offers");
    private static final Set<String> CUSTOMER_FIELDS =
            Set.of("id", "companyName", "country", "currencyCode", "currencySymbol", "serviceError");
    private static final Set<String> OFFER_FIELDS = Set.of(
            "catalogItemId",
            "name",
            "purchaseSystem",
            "billingCycles",
            "termDurations",
            "minQuantity",
            "maxQuantity",
            "requiredProvisioningContext",
            "unitPrice",
            "checkout");
    private static final Set<String> CHECKOUT_FIELDS =
            Set.of("failure", "failedAttempts", "delayMillis", "serviceError");
    private static final Set<String> FAILURE_FIELDS = Set.of("code", "description");

    private static final int DEFAULT_MIN_QUANTITY = 1;
    private static final int DEFAULT_MAX_QUANTITY = 10_000;

    private FixturesReader() {}

    static Fixtures read(InputStream in, String source) throws IOException {
        FixtureObject top = new FixtureObject(parse(in, source), source, "the top-level value");
        top.allowOnly(TOP_FIELDS);
        String partnerUser = top.requiredText("partnerUser");
        List<Customer> customers = customers(top.requiredObjectList("customers"));
        List<Offer> offers = offers(top.requiredObjectList("offers"));
        return new Fixtures(new Catalog(offers), new Customers(customers), partnerUser);
    }

    private static JsonNode parse(InputStream in, String source) throws IOException {
        try {
            JsonNode root = JSON.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw new FixturesException(source + " is empty.");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FixturesException(
                    source + " is not valid JSON" + position + ": " + plain(e.getOriginalMessage()), e);
        }
    }

    /** Jackson's message on one line, without the parenthesised "[Source: ...]" location it may end with. */
    private static String plain(String message) {
        String oneLine = message.replaceAll("\\s+", " ").trim();
        int source = oneLine.indexOf("[Source:");
        if (source < 0) {
            return oneLine;
        }
        int open = oneLine.lastIndexOf(" (", source);
        return oneLine.substring(0, open >= 0 ? open : source).trim();
    }

    private static List<Customer> customers(List<FixtureObject> entries) {
        List<Customer> customers = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (FixtureObject entry : entries) {
            entry.allowOnly(CUSTOMER_FIELDS);
            String id = entry.requiredText("id");
            if (!GuidForm.matches(id)) {
                throw entry.invalid("has id '" + id + "' that is not a GUID");
            }
            UUID customerId = UUID.fromString(id);
            FixtureObject customer = entry.describedAs("customer " + id);
            if (!seen.add(customerId)) {
                throw customer.invalid("appears more than once");
            }
            customers.add(new Customer(
                    customerId,
                    customer.requiredText("companyName"),
                    matching(customer, "country", COUNTRY, "a two-letter upper-case country code such as US"),
                    matching(customer, "currencyCode", CURRENCY, "a three-letter upper-case currency code such as USD"),
                    customer.requiredText("currencySymbol"),
                    customer.optionalBoolean("serviceError", false)));
        }
        return customers;
    }

    private static String matching(FixtureObject entry, String field, Pattern pattern, String expected) {
        String value = entry.requiredText(field);
        if (!pattern.matcher(value).matches()) {
            throw entry.invalid("has " + field + " '" + value + "' that is not " + expected);
        }
        return value;
    }

    private static List<Offer> offers(List<FixtureObject> entries) {
        List<Offer> offers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FixtureObject entry : entries) {
            entry.allowOnly(OFFER_FIELDS);
            String catalogItemId = entry.requiredText("catalogItemId");
            FixtureObject offer = entry.describedAs("offer " + catalogItemId);
            if (!seen.add(catalogItemId)) {
                throw offer.invalid("appears more than once");
            }
            offers.add(offer(catalogItemId, offer));
        }
        return offers;
    }

    private static Offer offer(String catalogItemId, FixtureObject offer) {
        String name = offer.requiredText("name");
        String system = offer.requiredText("purchaseSystem");
        PurchaseSystem purchaseSystem = PurchaseSystem.fromFixtureName(system)
                .orElseThrow(() -> offer.invalid("has purchaseSystem '" + system + "'; expected legacy or modern"));
        List<BillingCycle> billingCycles = billingCycles(offer);
        List<String> termDurations = offer.textList("termDurations");
        int minQuantity = offer.optionalInt("minQuantity").orElse(DEFAULT_MIN_QUANTITY);
        int maxQuantity = offer.optionalInt("maxQuantity").orElse(DEFAULT_MAX_QUANTITY);
        if (minQuantity < 1 || maxQuantity < minQuantity) {
            throw offer.invalid("needs 1 <= minQuantity <= maxQuantity, but has " + minQuantity + ".." + maxQuantity);
        }
        List<String> provisioningKeys = offer.textList("requiredProvisioningContext");
        Double unitPrice = offer.optionalNumber("unitPrice").orElse(null);
        if (unitPrice != null && unitPrice < 0) {
            throw offer.invalid("has a negative unitPrice");
        }
        CheckoutBehaviour checkout = offer.optionalObject("checkout")
                .map(FixturesReader::checkoutBehaviour)
                .orElse(CheckoutBehaviour.SUCCEEDS);
        return new Offer(
                catalogItemId,
                name,
                purchaseSystem,
                billingCycles,
                termDurations,
                minQuantity,
                maxQuantity,
                provisioningKeys,
                unitPrice,
                checkout);
    }

    private static List<BillingCycle> billingCycles(FixtureObject offer) {
        List<BillingCycle> cycles = new ArrayList<>();
        for (String name : offer.textList("billingCycles")) {
            cycles.add(BillingCycle.fromWireName(name)
                    .orElseThrow(() -> offer.invalid("has billing cycle '" + name + "'; expected one of "
                            + Arrays.stream(BillingCycle.values())
                                    .map(BillingCycle::wireName)
                                    .collect(Collectors.joining(", ")))));
        }
        if (cycles.isEmpty()) {
            throw offer.invalid("needs at least one entry in 'billingCycles'");
        }
        return cycles;
    }

    private static CheckoutBehaviour checkoutBehaviour(FixtureObject checkout) {
        checkout.allowOnly(CHECKOUT_FIELDS);
        CheckoutFailure failure = checkout.optionalObject("failure")
                .map(entry -> {
                    entry.allowOnly(FAILURE_FIELDS);
                    int code = entry.optionalInt("code").orElseThrow(() -> entry.invalid("needs a numeric 'code'"));
                    return new CheckoutFailure(code, entry.requiredText("description"));
                })
                .orElse(null);
        int failedAttempts = checkout.optionalInt("failedAttempts").orElse(CheckoutBehaviour.ALWAYS);
        if (failedAttempts < CheckoutBehaviour.ALWAYS) {
            throw checkout.invalid("has failedAttempts " + failedAttempts + "; expected -1 (always) or a count");
        }
        if (failure == null && checkout.optionalInt("failedAttempts").isPresent()) {
            throw checkout.invalid("has failedAttempts but no 'failure' to fail with");
        }
        long delayMillis = checkout.optionalLong("delayMillis").orElse(0L);
        if (delayMillis < 0) {
            throw checkout.invalid("has a negative delayMillis");
        }
        return new CheckoutBehaviour(
                failure, failedAttempts, delayMillis, checkout.optionalBoolean("serviceError", false));
    }
}
