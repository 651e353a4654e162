package ai.attested.crypto.json;

import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * RFC 8785 JSON Canonicalization Scheme: the bytes that are hashed and signed.
 *
 * <p>Object keys sorted by UTF-16 code units, no whitespace, ECMAScript number form (see
 * {@link Es6Numbers}), minimal string escaping, UTF-8. Integers must lie within ±(2^53−1) and
 * numbers must be finite, otherwise {@link IllegalArgumentException}: such a tree has no
 * canonical form (and {@link StrictJson} never produces one).
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes of {@code node}. */
    public static byte[] canonicalize(JsonNode node) {
        return JsonText.write(node, false);
    }

    /** Lowercase hex SHA-256 of the canonical bytes. */
    public static String sha256Hex(JsonNode node) {
        return Hex.encode(sha256(node));
    }

    /** SHA-256 of the canonical bytes. */
    public static byte[] sha256(JsonNode node) {
        return Sha256.digest(canonicalize(node));
    }

    /** The canonical text of a single number node, e.g. {@code 1e+21} or {@code 0.000001}. */
    public static String number(JsonNode numberNode) {
        if (!numberNode.isNumber()) {
            throw new IllegalArgumentException("not a number node: " + numberNode.getNodeType());
        }
        return JsonText.number(numberNode);
    }
}
