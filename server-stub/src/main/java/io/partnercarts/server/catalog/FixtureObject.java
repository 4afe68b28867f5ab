package io.partnercarts.server.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One JSON object of a fixtures file, read field by field so that every problem is reported as
 * "where: what" in the file's own terms. An explicit JSON null counts as an absent field.
 */
final class FixtureObject {
    private final JsonNode node;
    private final String source;
    private final String where;

    FixtureObject(JsonNode node, String source, String where) {
        this.source = source;
        this.where = where;
        if (node == null || !node.isObject()) {
            throw invalid("must be a JSON object");
        }
        this.node = node;
    }

    FixtureObject describedAs(String betterWhere) {
        return new FixtureObject(node, source, betterWhere);
    }

    FixturesException invalid(String problem) {
        return new FixturesException(source + ": " + where + " " + problem + ".");
    }

    void allowOnly(Set<String> names) {
        Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!names.contains(field)) {
                throw invalid("has an unknown field '" + field + "'; known fields: "
                        + String.join(", ", new TreeSet<>(names)));
            }
        }
    }

    String requiredText(String name) {
        return optionalText(name).orElseThrow(() -> invalid("needs a non-blank '" + name + "'"));
    }

    Optional<String> optionalText(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid("has '" + name + "' that is not a non-blank string");
        }
        return Optional.of(value.asText());
    }

    Optional<Integer> optionalInt(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid("has '" + name + "' that is not a whole number");
        }
        return Optional.of(value.asInt());
    }

    Optional<Long> optionalLong(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid("has '" + name + "' that is not a whole number");
        }
        return Optional.of(value.asLong());
    }

    Optional<Double> optionalNumber(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw invalid("has '" + name + "' that is not a number");
        }
        return Optional.of(value.asDouble());
    }

    boolean optionalBoolean(String name, boolean absent) {
        JsonNode value = field(name);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw invalid("has '" + name + "' that is not true or false");
        }
        return value.asBoolean();
    }

    /** The strings of an array field; empty when the field is absent. */
    List<String> textList(String name) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(name)) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw invalid("has '" + name + "' with an entry that is not a non-blank string");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    Optional<FixtureObject> optionalObject(String name) {
        JsonNode value = field(name);
        return value == null ? Optional.empty() : Optional.of(new FixtureObject(value, source, where + " " + name));
    }

    /** The objects of an array field that must be present (it may be empty). */
    List<FixtureObject> requiredObjectList(String name) {
        if (field(name) == null) {
            throw invalid("needs an array '" + name + "'");
        }
        List<FixtureObject> objects = new ArrayList<>();
        for (JsonNode item : array(name)) {
            objects.add(new FixtureObject(item, source, name + "[" + objects.size() + "]"));
        }
        return objects;
    }

    private List<JsonNode> array(String name) {
        JsonNode value = field(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw invalid("has '" + name + "' that is not an array");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    private JsonNode field(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
