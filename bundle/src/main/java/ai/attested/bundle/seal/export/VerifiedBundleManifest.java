package ai.attested.bundle.seal.export;

import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.SealRules;
import ai.attested.bundle.seal.SealSigner;
import ai.attested.crypto.Base64s;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.JsonPaths;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bundle_manifest.json} of a VerifiedBundle: the vault, the exported seals, every other
 * file with its SHA-256 and size (sorted by path), signed by the vault's operator key:
 * {@code signature = Ed25519(JCS(manifest − signer.signature))}.
 */
public record VerifiedBundleManifest(String vaultId, String createdAt, List<Long> seals, List<BundleFile> files, SealSigner signer) {
    public static final String MANIFEST_INVALID = "BUNDLE_MANIFEST_INVALID";
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    public VerifiedBundleManifest {
        SealRules.vaultId("vault_id", vaultId);
        SealRules.isoMillis("created_at", createdAt);
        seals = List.copyOf(seals);
        files = List.copyOf(files);
        if (seals.isEmpty()) {
            throw new IllegalArgumentException("seals must name at least one seal");
        }
        for (int i = 0; i < seals.size(); i++) {
            SealRules.seq("seals[]", seals.get(i));
            if (i > 0 && seals.get(i) <= seals.get(i - 1)) {
                throw new IllegalArgumentException("seals must be strictly ascending");
            }
        }
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i).path().compareTo(files.get(i - 1).path()) <= 0) {
                throw new IllegalArgumentException("files must be sorted by path without duplicates");
            }
        }
        SealRules.require("signer", signer);
    }

    /** Signs the manifest content with {@code key}. */
    public static VerifiedBundleManifest sign(String vaultId, String createdAt, List<Long> seals, List<BundleFile> files,
            Ed25519PrivateKey key) {
        Ed25519PublicKey pub = key.publicKey();
        ObjectNode unsigned = tree(vaultId, createdAt, seals, files, pub.base64(), pub.keyId(), null);
        String sig = Base64s.encodeStd(key.sign(CanonicalJson.canonicalize(unsigned)));
        return new VerifiedBundleManifest(vaultId, createdAt, seals, files, new SealSigner(pub.base64(), pub.keyId(), sig));
    }

    public ObjectNode toTree() {
        return tree(vaultId, createdAt, seals, files, signer.publicKey(), signer.keyId(), signer.signature());
    }

    public byte[] toJson() {
        return PrettyJson.bytes(toTree());
    }

    /** True when the signature verifies under {@code signer.public_key} over JCS(manifest − signer.signature). */
    public boolean signatureValid() {
        try {
            return signer.keyIdMatchesKey() && Ed25519PublicKey.fromRaw(signer.publicKeyRaw())
                    .isValid(signer.signatureRaw(), CanonicalJson.canonicalize(JsonPaths.without(toTree(), "signer.signature")));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * True when the signature verifies over JCS(the manifest as read − signer.signature). A reader
     * must use this, not {@link #signatureValid()}: the record keeps only the fields it knows, so a
     * field added to a signed manifest would otherwise go unsigned (DESIGN §2.1.6: signatures cover
     * additive fields).
     */
    public boolean signatureValidOver(byte[] json) {
        try {
            JsonNode asRead = StrictJson.parse(json, 8);
            return signer.keyIdMatchesKey() && Ed25519PublicKey.fromRaw(signer.publicKeyRaw())
                    .isValid(signer.signatureRaw(), CanonicalJson.canonicalize(JsonPaths.without(asRead, "signer.signature")));
        } catch (JsonFormatException | IllegalArgumentException e) {
            return false;
        }
    }

    public static VerifiedBundleManifest fromJson(byte[] json) throws SealFormatException {
        if (json.length > MAX_BYTES) {
            throw invalid("the manifest is larger than " + MAX_BYTES + " bytes");
        }
        JsonNode t;
        try {
            t = StrictJson.parse(json, 8);
        } catch (JsonFormatException e) {
            throw invalid("not strict JSON (" + e.code() + "): " + e.getMessage());
        }
        try {
            if (!VerifiedBundleLayout.FORMAT.equals(t.path("format").textValue())) {
                throw new IllegalArgumentException("format must be " + VerifiedBundleLayout.FORMAT);
            }
            List<Long> seals = new ArrayList<>();
            for (JsonNode n : Json.array(t, "seals")) {
                if (!n.isIntegralNumber()) {
                    throw new IllegalArgumentException("seals[] must be integers");
                }
                seals.add(n.longValue());
            }
            List<BundleFile> files = new ArrayList<>();
            for (JsonNode f : Json.array(t, "files")) {
                files.add(new BundleFile(Json.str(f, "path"), Json.str(f, "sha256"), Json.num(f, "size")));
            }
            JsonNode s = t.path("signer");
            return new VerifiedBundleManifest(Json.str(t, "vault_id"), Json.str(t, "created_at"), seals, files,
                    new SealSigner(Json.str(s, "public_key"), Json.str(s, "key_id"), Json.str(s, "signature")));
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static ObjectNode tree(String vaultId, String createdAt, List<Long> seals, List<BundleFile> files,
            String publicKey, String keyId, String signature) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("format", VerifiedBundleLayout.FORMAT);
        o.put("vault_id", vaultId);
        o.put("created_at", createdAt);
        ArrayNode s = o.putArray("seals");
        seals.forEach(s::add);
        ArrayNode f = o.putArray("files");
        for (BundleFile b : files) {
            f.addObject().put("path", b.path()).put("sha256", b.sha256()).put("size", b.size());
        }
        ObjectNode g = o.putObject("signer");
        g.put("public_key", publicKey);
        g.put("key_id", keyId);
        if (signature != null) {
            g.put("signature", signature);
        }
        return o;
    }

    private static SealFormatException invalid(String message) {
        return new SealFormatException(MANIFEST_INVALID, "bundle manifest: " + message);
    }
}
