package ai.attested.verifier;

import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.model.BundlePaths;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.model.StreamedManifest;
import ai.attested.bundle.sign.SigningRules;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.ZipEntryInfo;
import ai.attested.crypto.Base64s;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.KeyId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * V2 (manifest checksums, unlisted, absent and unknown files, manifest signature) and V3 (policy
 * id and signature). The small JSON files are read once here and kept as bytes for later steps.
 */
final class ArtifactChecks {
    /** The manifest lists every file: ~150 bytes each, so 64 MiB covers far beyond 100,000 receipts. */
    static final long MAX_MANIFEST_BYTES = 64L << 20;
    static final long MAX_DOCUMENT_BYTES = 4L << 20;

    private final Context ctx;
    private final Map<String, byte[]> documents = new HashMap<>();

    ArtifactChecks(Context ctx) {
        this.ctx = ctx;
    }

    /** Bytes of a small JSON document read during V2, or null when absent or unreadable. */
    byte[] document(String path) {
        return documents.get(path);
    }

    /** Reads the policy's schema (V3) first: the manifest's signer must be the policy's issuer. */
    void readPolicy() {
        JsonNode json = parse(BundlePaths.POLICY, MAX_DOCUMENT_BYTES, 3, Codes.POLICY_SCHEMA_INVALID);
        if (json == null) {
            return;
        }
        ctx.issuerKey = readableIssuerKey(json);
        try {
            ctx.policy = PolicyArtifact.fromJson(json);
        } catch (SchemaException e) {
            ctx.add(3, Codes.POLICY_SCHEMA_INVALID, BundlePaths.POLICY, "The policy breaks the schema: " + e.getMessage() + ".");
        }
    }

    /** V2: every file against the signed manifest. */
    void checkManifest() {
        StreamedManifest m = readManifest();
        if (m != null) {
            checkManifestSignature(m);
            ctx.manifest = Context.ManifestFacts.of(m.manifest());
        }
        for (ZipEntryInfo e : ctx.reader.entries()) {
            String path = e.name();
            if (path.equals(BundlePaths.MANIFEST)) {
                continue;
            }
            if (!isKnownLocation(path)) {
                ctx.add(2, Codes.BUNDLE_UNKNOWN_FILE, path, "The bundle holds a file that has no place in an MVP-LOCAL bundle.");
            }
            if (ctx.index != null && ctx.index.indexOf(path) < 0) {
                ctx.add(2, Codes.BUNDLE_CHECKSUM_MISMATCH, path, "The file is in the ZIP but not listed in the bundle manifest.");
            } else if (ctx.index != null && !BundlePaths.isReceipt(path)) {
                checkDigest(e); // receipts are hashed by the receipt pipeline, which reads them anyway
            }
        }
        if (ctx.index != null) {
            for (int i = 0; i < ctx.index.size(); i++) {
                if (!ctx.reader.entry(ctx.index.path(i)).isPresent()) {
                    ctx.add(2, Codes.BUNDLE_CHECKSUM_MISMATCH, ctx.index.path(i), "The manifest lists a file the ZIP does not contain.");
                }
            }
        }
    }

    /** V3: policy_id recomputed, issuer signature verified. */
    void checkPolicy() {
        if (ctx.policy == null) {
            return;
        }
        JsonNode json = ctx.policy.toJson();
        if (!Sha256.hex(SigningRules.policyIdBytes(json)).equals(ctx.policy.policyId())) {
            ctx.add(3, Codes.POLICY_ID_MISMATCH, BundlePaths.POLICY, "policy_id is not the hash of the policy's content.");
        }
        String key = ctx.policy.issuer().publicKey();
        boolean keyIdOk = KeyId.of(Base64s.decodeStd(key)).equals(ctx.policy.issuer().keyId());
        if (!keyIdOk || !SigningRules.signatureValid(key, ctx.policy.issuer().signature(), SigningRules.policySigningBytes(json))) {
            ctx.add(3, Codes.POLICY_SIGNATURE_INVALID, BundlePaths.POLICY, keyIdOk
                    ? "The policy's issuer signature does not verify."
                    : "issuer.key_id does not match issuer.public_key.");
        }
    }

    /** V3: the issuer is the key the auditor pinned, when one was given (docs/decisions/0090). */
    void checkExpectedKey() {
        if (ctx.expectedKeyId == null || ctx.issuerKey() == null) {
            return; // no readable issuer key is already a signature failure
        }
        String actual = KeyId.of(Base64s.decodeStd(ctx.issuerKey()));
        if (!actual.equals(ctx.expectedKeyId)) {
            ctx.add(3, Codes.POLICY_SIGNATURE_INVALID, BundlePaths.POLICY, "The policy's issuer is key " + actual
                    + ", not the expected key " + ctx.expectedKeyId + " (--expect-key).");
        }
    }

    /**
     * The manifest read in bounded memory (its files[] straight into {@link Context#index}), or
     * null with a finding. Same codes and sentences as a whole-tree parse.
     */
    private StreamedManifest readManifest() {
        byte[] bytes = read(BundlePaths.MANIFEST, MAX_MANIFEST_BYTES, 2, Codes.MANIFEST_SCHEMA_INVALID);
        if (bytes == null) {
            return null;
        }
        ManifestIndex.Builder index = new ManifestIndex.Builder(ctx.reader);
        try {
            StreamedManifest m = StreamedManifest.read(bytes, index::add);
            ctx.index = index.build();
            return m;
        } catch (JsonFormatException ex) {
            ctx.add(2, Codes.MANIFEST_SCHEMA_INVALID, BundlePaths.MANIFEST, "The file is not strict JSON (" + ex.code() + ").");
        } catch (SchemaException e) {
            ctx.add(2, Codes.MANIFEST_SCHEMA_INVALID, BundlePaths.MANIFEST, "The manifest breaks the schema: " + e.getMessage() + ".");
        }
        return null;
    }

    private void checkManifestSignature(StreamedManifest streamed) {
        BundleManifest m = streamed.manifest();
        String key = m.signer().publicKey();
        String why = null;
        if (ctx.issuerKey() == null) {
            why = "The policy names no readable issuer key, so the manifest's signer cannot be tied to it.";
        } else if (!key.equals(ctx.issuerKey())) {
            why = "The manifest is signed by a key other than the policy issuer's.";
        } else if (!KeyId.of(Base64s.decodeStd(key)).equals(m.signer().keyId())) {
            why = "signer.key_id does not match signer.public_key.";
        } else if (!streamed.signatureValid(key)) {
            why = "The manifest's Ed25519 signature does not verify.";
        }
        if (why != null) {
            ctx.add(2, Codes.BUNDLE_SIGNATURE_INVALID, BundlePaths.MANIFEST, why);
        }
    }

    private void checkDigest(ZipEntryInfo e) {
        int i = ctx.index.indexOf(e.name());
        byte[] doc = documents.get(e.name());
        byte[] digest;
        if (doc != null) {
            digest = Sha256.digest(doc);
        } else {
            Sha256.Hasher h = Sha256.newHasher();
            try {
                ctx.reader.stream(e, h::update);
            } catch (BundleReadException ex) {
                ctx.add(1, ex.code().name(), e.name(), ex.getMessage());
                return;
            }
            digest = h.digest();
        }
        if (!ctx.index.matches(i, digest, e.size())) {
            ctx.add(2, Codes.BUNDLE_CHECKSUM_MISMATCH, e.name(), "The file's SHA-256 or size differs from the bundle manifest.");
        }
    }

    /** Reads and parses a JSON document, recording a finding with {@code code} when it is missing or not strict JSON. */
    JsonNode parse(String path, long maxBytes, int step, String code) {
        byte[] bytes = read(path, maxBytes, step, code);
        if (bytes == null) {
            return null;
        }
        if (bytes.length <= MAX_DOCUMENT_BYTES) {
            documents.put(path, bytes);
        }
        try {
            return StrictJson.parse(bytes);
        } catch (JsonFormatException ex) {
            ctx.add(step, code, path, "The file is not strict JSON (" + ex.code() + ").");
        }
        return null;
    }

    /** A document's bytes, or null with a finding when it is missing, too large or unreadable. */
    private byte[] read(String path, long maxBytes, int step, String code) {
        ZipEntryInfo e = ctx.reader.entry(path).orElse(null);
        if (e == null) {
            ctx.add(step, code, path, "The bundle has no " + path + ".");
            return null;
        }
        if (e.size() > maxBytes) {
            ctx.add(step, code, path, "The file is larger than the " + maxBytes + " bytes allowed for it.");
            return null;
        }
        try {
            return ctx.reader.readAll(e, maxBytes);
        } catch (BundleReadException ex) {
            ctx.add(1, ex.code().name(), path, ex.getMessage());
            return null;
        }
    }

    /** issuer.public_key when it is canonical base64 of 32 bytes, else null. */
    private static String readableIssuerKey(JsonNode policy) {
        JsonNode k = policy.path("issuer").path("public_key");
        if (!k.isTextual()) {
            return null;
        }
        try {
            byte[] raw = Base64s.decodeStd(k.textValue());
            return raw.length == 32 && Base64s.encodeStd(raw).equals(k.textValue()) ? k.textValue() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isKnownLocation(String path) {
        return path.equals(BundlePaths.README) || path.equals(BundlePaths.POLICY) || path.equals(BundlePaths.SUBJECT_MANIFEST)
                || path.equals(BundlePaths.CHAIN_HEAD) || BundlePaths.isReceipt(path) || path.startsWith(BundlePaths.VERIFIER_DIR);
    }
}
