package ai.attested.bundle.seal.export;

import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealRules;
import ai.attested.crypto.Hex;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code seals/N/inclusion_proof.json}: RFC 9162 inclusion of seal {@code seq} (leaf index
 * seq−1, leaf = the 32 raw bytes of its seal hash) in the tree of {@code checkpoint/checkpoint.txt}.
 */
public record InclusionProofFile(long seq, long treeSize, String sealHash, String rootHash, List<String> path) {
    public static final String FORMAT = "svault-inclusion-proof/1";
    public static final String PROOF_FILE_INVALID = "INCLUSION_PROOF_FILE_INVALID";

    public InclusionProofFile {
        SealRules.seq("seq", seq);
        SealRules.seq("tree_size", treeSize);
        if (seq > treeSize) {
            throw new IllegalArgumentException("seq " + seq + " is beyond tree_size " + treeSize);
        }
        SealRules.sha256Hex("seal_hash", sealHash);
        SealRules.sha256Hex("root_hash", rootHash);
        path = List.copyOf(path);
        if (path.size() > 64) {
            throw new IllegalArgumentException("path has more than 64 hashes");
        }
        path.forEach(h -> SealRules.sha256Hex("path[]", h));
    }

    public List<byte[]> pathBytes() {
        List<byte[]> out = new ArrayList<>(path.size());
        path.forEach(h -> out.add(Hex.decode(h)));
        return out;
    }

    public byte[] toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", FORMAT);
        o.put("seq", seq);
        o.put("leaf_index", seq - 1);
        o.put("tree_size", treeSize);
        o.put("seal_hash", sealHash);
        o.put("root_hash", rootHash);
        o.put("checkpoint", VerifiedBundleLayout.CHECKPOINT);
        ArrayNode a = o.putArray("path");
        path.forEach(a::add);
        return PrettyJson.bytes(o);
    }

    public static InclusionProofFile fromJson(byte[] json) throws SealFormatException {
        try {
            JsonNode t = StrictJson.parse(json, 8);
            if (!FORMAT.equals(t.path("format").textValue())) {
                throw new IllegalArgumentException("format must be " + FORMAT);
            }
            long seq = Json.num(t, "seq");
            if (Json.num(t, "leaf_index") != seq - 1) {
                throw new IllegalArgumentException("leaf_index must be seq - 1");
            }
            List<String> path = new ArrayList<>();
            for (JsonNode h : Json.array(t, "path")) {
                if (!h.isTextual()) {
                    throw new IllegalArgumentException("path[] must be strings");
                }
                path.add(h.textValue());
            }
            return new InclusionProofFile(seq, Json.num(t, "tree_size"), Json.str(t, "seal_hash"), Json.str(t, "root_hash"), path);
        } catch (JsonFormatException | IllegalArgumentException e) {
            throw new SealFormatException(PROOF_FILE_INVALID, "inclusion proof: " + e.getMessage());
        }
    }
}
