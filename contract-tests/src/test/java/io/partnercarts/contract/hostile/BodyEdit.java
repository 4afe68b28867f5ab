package io.partnercarts.contract.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid body with one change, as JSON text. A new value is raw JSON text put in as it is, so that it
 * can be anything: a lone surrogate escape, a number no parser holds, nesting no library would write.
 */
final class BodyEdit {
    private static final String MARK = "@@hostile-value@@";

    private BodyEdit() {
    }

    /** The body with the value at {@code path} replaced, or added when the path's parent lacks it. */
    static String put(ObjectNode body, TreePath path, String rawValue) {
        ObjectNode copy = body.deepCopy();
        JsonNode parent = path.parent().in(copy);
        if (path.last() instanceof Integer index) {
            ((ArrayNode) parent).set(index, copy.textNode(MARK));
        } else {
            ((ObjectNode) parent).put((String) path.last(), MARK);
        }
        return withRaw(copy, rawValue);
    }

    /** The body without the value at {@code path}. */
    static String remove(ObjectNode body, TreePath path) {
        ObjectNode copy = body.deepCopy();
        JsonNode parent = path.parent().in(copy);
        if (path.last() instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) path.last());
        }
        return copy.toString();
    }

    /** The body with one more element in the array at {@code array}, at {@code index}. */
    static String insert(ObjectNode body, TreePath array, int index, String rawValue) {
        ObjectNode copy = body.deepCopy();
        ArrayNode elements = (ArrayNode) array.in(copy);
        elements.insert(Math.min(index, elements.size()), MARK);
        return withRaw(copy, rawValue);
    }

    private static String withRaw(ObjectNode copy, String rawValue) {
        return copy.toString().replace("\"" + MARK + "\"", rawValue);
    }
}
