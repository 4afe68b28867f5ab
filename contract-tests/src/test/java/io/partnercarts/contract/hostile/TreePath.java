package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/** Where a value sits in a JSON document: property names and array indexes from the root. */
record TreePath(List<Object> segments) {
    static final TreePath ROOT = new TreePath(List.of());

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
