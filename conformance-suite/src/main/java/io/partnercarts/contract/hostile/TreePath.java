package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a JSON document: property names and array indexes from the root. It also makes a
 * valid body with one change at the path, as JSON text: a new value is raw JSON text put in as it is, so
 * that it can be anything (a lone surrogate escape, a number no parser holds, nesting no library would write).
 */
record TreePath(List<Object> segments) {
    static final TreePath ROOT = new TreePath(List.of());
    private static final String MARK = "@@hostile-value@@";

    TreePath {
        segments = List.copyOf(segments);
    }

    TreePath child(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new TreePath(longer);
    }

    TreePath parent() {
        return new TreePath(segments.subList(0, segments.size() - 1));
    }

    Object last() {
        return segments.get(segments.size() - 1);
    }

    /** The value at this path, or a missing node. */
    JsonNode in(JsonNode root) {
        JsonNode node = root;
        for (Object segment : segments) {
            node = segment instanceof Integer index ? node.path(index) : node.path((String) segment);
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    /** The body with the value at this path replaced, or added when the path's parent lacks it. */
    String putIn(ObjectNode body, String rawValue) {
        ObjectNode copy = body.deepCopy();
        JsonNode parent = parent().in(copy);
        if (last() instanceof Integer index) {
            ((ArrayNode) parent).set(index, copy.textNode(MARK));
        } else {
            ((ObjectNode) parent).put((String) last(), MARK);
        }
        return withRaw(copy, rawValue);
    }

    /** The body without the value at this path. */
    String removeFrom(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        JsonNode parent = parent().in(copy);
        if (last() instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) last());
        }
        return copy.toString();
    }

    /** The body with one more element in the array at this path, at {@code index}. */
    String insertIn(ObjectNode body, int index, String rawValue) {
        ObjectNode copy = body.deepCopy();
        ArrayNode elements = (ArrayNode) in(copy);
        elements.insert(Math.min(index, elements.size()), MARK);
        return withRaw(copy, rawValue);
    }

    private static String withRaw(ObjectNode copy, String rawValue) {
        return copy.toString().replace("\"" + MARK + "\"", rawValue);
    }

    /** The last property name on the path: {@code quantity} for {@code lineItems[0].quantity}. */
    String name() {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (segments.get(i) instanceof String name) {
                return name;
            }
        }
        return "";
    }

    /** {@code lineItems[].quantity}: the path with its indexes left out, to name a kind of case. */
    String label() {
        StringBuilder label = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer) {
                label.append("[]");
            } else {
                label.append(label.length() == 0 ? "" : ".").append(segment);
            }
        }
        return label.length() == 0 ? "(cart)" : label.toString();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            text.append(segment instanceof Integer ? "[" + segment + "]" : (text.length() == 0 ? "" : ".") + segment);
        }
        return text.toString();
    }
}
