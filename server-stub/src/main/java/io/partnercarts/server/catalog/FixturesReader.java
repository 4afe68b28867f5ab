package io.partnercarts.server.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.partnercarts.server.catalog.FixturesFile.OfferEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a fixtures file: parses its JSON, checks it against {@link FixturesSchema}, binds it to
 * {@link FixturesFile} and checks the little a schema cannot say (unique ids, minQuantity up to maxQuantity).
 * Every refusal is one line: the file, a JSON path in it, what is wrong there. Users read the format in
 * docs/sandbox-behaviour.md (Fixtures).
 */
final class FixturesReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FixturesReader() {}

    static Fixtures read(InputStream in, String source) throws IOException {
        JsonNode document = withoutNullFields(parse(in, source));
        FixturesSchema.problem(document).ifPresent(problem -> {
            throw refusal(source, problem);
        });
        FixturesFile file = JSON.treeToValue(document, FixturesFile.class);
        requireUnique(source, file.customers(), Customer::id, "customers", "id");
        requireUnique(source, file.offers(), OfferEntry::catalogItemId, "offers", "catalogItemId");
        for (int i = 0; i < file.offers().size(); i++) {
            OfferEntry offer = file.offers().get(i);
            if (offer.minQuantity() > offer.maxQuantity()) {
                throw refusal(
                        source,
                        "$.offers[" + i + "] needs minQuantity <= maxQuantity, but has " + offer.minQuantity() + ".."
                                + offer.maxQuantity());
            }
        }
        List<Offer> offers = file.offers().stream().map(OfferEntry::toOffer).toList();
        return new Fixtures(new Catalog(offers), new Customers(file.customers()), file.partnerUser());
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

    /** An explicit JSON null counts as an absent field, at any depth (a null entry of an array stays, and is refused). */
    private static JsonNode withoutNullFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull());
        }
        node.forEach(FixturesReader::withoutNullFields);
        return node;
    }

    /** A schema cannot say "no two entries with the same field": the second of two is refused, naming the first. */
    private static <T> void requireUnique(
            String source, List<T> entries, Function<T, Object> key, String array, String field) {
        Map<Object, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Object value = key.apply(entries.get(i));
            Integer first = firstIndex.putIfAbsent(value, i);
            if (first != null) {
                throw refusal(
                        source,
                        "$." + array + "[" + i + "]." + field + " '" + value + "' appears more than once (first at $."
                                + array + "[" + first + "])");
            }
        }
    }

    private static FixturesException refusal(String source, String problem) {
        return new FixturesException(source + ": " + problem + ".");
    }
}
