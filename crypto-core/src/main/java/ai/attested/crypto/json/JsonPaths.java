package ai.attested.crypto.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Field removal for the formats' "X without field" rules. */
public final class JsonPaths {
    private JsonPaths() {
    }

    /**
     * A deep copy of {@code node} with each dotted path (e.g. {@code "issuer.signature"}) removed.
     * A path whose parent is missing or not an object is ignored. The input is never modified.
     */
    public static JsonNode without(JsonNode node, String... dottedPaths) {
        JsonNode copy = node.deepCopy();
        for (String path : dottedPaths) {
            if (path.isEmpty()) {
                throw new IllegalArgumentException("empty path");
            }
            String[] parts = path.split("\\.", -1);
            JsonNode parent = copy;
            for (int i = 0; i < parts.length - 1 && parent != null; i++) {
                parent = parent.isObject() ? parent.get(parts[i]) : null;
            }
            if (parent != null && parent.isObject()) {
                ((ObjectNode) parent).remove(parts[parts.length - 1]);
            }
        }
        return copy;
    }
}
