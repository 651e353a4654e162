package ai.attested.bundle.model;

import ai.attested.crypto.json.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * Base of every bundle document: the parsed JSON is the source of truth, so unknown additive
 * fields survive re-serialization and stay covered by hashes and signatures (DESIGN.md §2.1.6).
 * Typed accessors in subclasses are validated views of it. Immutable: the node is copied in and out.
 */
public abstract class JsonDocument {
    private final JsonNode json;

    JsonDocument(JsonNode json) {
        this(json, false);
    }

    /** {@code adopt}: take ownership of a freshly parsed node instead of copying it (large manifests). */
    JsonDocument(JsonNode json, boolean adopt) {
        this.json = adopt ? json : json.deepCopy();
    }

    /** The document itself, for read-only use by subclasses (never handed out). */
    final JsonNode node() {
        return json;
    }

    /** A copy of the full document, unknown fields included. */
    public final JsonNode toJson() {
        return json.deepCopy();
    }

    /** RFC 8785 canonical bytes of the full document. */
    public final byte[] canonicalBytes() {
        return CanonicalJson.canonicalize(json);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((JsonDocument) o).json.equals(json);
    }

    @Override
    public final int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + new String(canonicalBytes(), StandardCharsets.UTF_8);
    }
}
