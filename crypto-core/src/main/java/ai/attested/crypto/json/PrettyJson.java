package ai.attested.crypto.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Deterministic pretty-printed JSON, the layout every writer of this project uses for files:
 * 2-space indent, {@code "key": value}, keys in canonical (RFC 8785) order, numbers and string
 * escapes exactly as in canonical JSON, UTF-8, a final newline. Parsing it back and
 * canonicalizing gives the same bytes as canonicalizing the original tree.
 */
public final class PrettyJson {
    private PrettyJson() {
    }

    public static byte[] bytes(JsonNode node) {
        return JsonText.write(node, true);
    }
}
