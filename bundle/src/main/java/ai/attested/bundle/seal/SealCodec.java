package ai.attested.bundle.seal;

import ai.attested.crypto.Hex;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.JsonPaths;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Seal JSON: strict reading (hostile input), writing, and the seal-hash rule
 * {@code seal_hash = SHA-256(JCS(seal − signer.signature − seal_hash − time_source))}.
 */
public final class SealCodec {
    /** A seal file larger than this is refused before parsing. */
    public static final int MAX_SEAL_BYTES = 256 * 1024;
    private static final int MAX_DEPTH = 16;
    /** The fields removed from a seal before hashing it. */
    static final String[] HASH_EXCLUDED = {"signer.signature", "seal_hash", "time_source"};

    private SealCodec() {
    }

    /** Pretty-printed JSON with a final newline, the layout this project writes to files. */
    public static byte[] toJson(Seal seal) {
        return PrettyJson.bytes(toTree(seal));
    }

    /** RFC 8785 canonical bytes of the whole seal (one JSONL line, for instance). */
    public static byte[] toCanonicalJson(Seal seal) {
        return CanonicalJson.canonicalize(toTree(seal));
    }

    /** The seal as a JSON tree, extensions included. */
    public static ObjectNode toTree(Seal seal) {
        ObjectNode o = SealTrees.draftTree(seal.format(), seal.vaultId(), seal.seq(), seal.prevSealHash(), seal.subject(),
                seal.description(), seal.operator(), seal.deviceTime(), seal.signer().publicKey(), seal.signer().keyId());
        ((ObjectNode) o.get("signer")).put("signature", seal.signer().signature());
        o.set("time_source", SealTrees.timeSourceTree(seal.timeSource()));
        o.put("seal_hash", seal.sealHash());
        SealTrees.insertExtensions(o, seal.extensions());
        return o;
    }

    /** Reads a seal from bytes: strict JSON, then every field rule. */
    public static Seal fromJson(byte[] json) throws SealFormatException {
        if (json.length > MAX_SEAL_BYTES) {
            throw new SealFormatException(SealFormatException.SEAL_JSON_INVALID,
                    "a seal is at most " + MAX_SEAL_BYTES + " bytes; this one has " + json.length);
        }
        JsonNode tree;
        try {
            tree = StrictJson.parse(json, MAX_DEPTH);
        } catch (JsonFormatException e) {
            throw new SealFormatException(SealFormatException.SEAL_JSON_INVALID,
                    "the seal is not strict JSON (" + e.code() + "): " + e.getMessage(), e);
        }
        return fromTree(tree);
    }

    /** Reads a seal from an already parsed tree (for example, one line of a JSONL mirror). */
    public static Seal fromTree(JsonNode tree) throws SealFormatException {
        return SealTrees.read(tree);
    }

    /** Recomputes the seal hash from the seal's fields (extensions included). */
    public static String computeSealHash(Seal seal) {
        return computeSealHash(toTree(seal));
    }

    /** Recomputes the seal hash of a seal JSON tree as it is, whatever its {@code seal_hash} says. */
    public static String computeSealHash(JsonNode sealTree) {
        return Hex.encode(CanonicalJson.sha256(JsonPaths.without(sealTree, HASH_EXCLUDED)));
    }

    /** The canonical bytes the seal hash is computed over (test vectors publish them). */
    public static byte[] hashPreimage(Seal seal) {
        return CanonicalJson.canonicalize(JsonPaths.without(toTree(seal), HASH_EXCLUDED));
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static ObjectNode newObject() {
        return JsonNodeFactory.instance.objectNode();
    }

    static Map<String, String> noExtensions() {
        return Map.of();
    }
}
