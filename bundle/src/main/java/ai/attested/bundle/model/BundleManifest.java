package ai.attested.bundle.model;

import ai.attested.bundle.zip.ZipPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code bundle_manifest.json} (seed 004 §6.5 + DESIGN.md §2.2): checksums of every other file,
 * sorted by path, the chain head hash, the embedded verifier, and the issuer's signature.
 */
public final class BundleManifest extends JsonDocument {
    /** One file of the bundle: its path in the ZIP, SHA-256 of its bytes and size. */
    public record FileEntry(String path, String sha256, long sizeBytes) {}

    /** The {@code verifier} block: which verifier the bundle embeds and how to start it. */
    public record VerifierRef(String name, String version, String entrypoint) {
        public VerifierRef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(entrypoint, "entrypoint");
        }
    }

    private final String createdAt;
    private final String policyId;
    private final String runId;
    private final long receiptCount;
    private final String chainHeadHash;
    private final List<FileEntry> files;
    private final VerifierRef verifier;
    private final SignerBlock signer;
    private final JsonNode merkle;
    private final JsonNode anchor;

    private BundleManifest(JsonNode json, boolean adopt, StreamedManifest.Files streamed) throws SchemaException {
        super(json, adopt);
        Fields.requireObject(json);
        Fields.constant(json, "", "bundle_v", "1");
        createdAt = Fields.timestamp(json, "", "created_at");
        policyId = Fields.sha256Hex(json, "", "policy_id");
        runId = Receipt.runId(json, "");
        receiptCount = Fields.integer(json, "", "receipt_count", 1);
        chainHeadHash = Fields.sha256Hex(json, "", "chain_head_hash");
        JsonNode fileArray = Fields.array(json, "", "files");
        // A streamed manifest's files were checked one by one as they were read; the first fault counts here, in order.
        files = streamed == null ? files(fileArray) : streamed.checked();
        JsonNode v = Fields.object(json, "", "verifier");
        verifier = new VerifierRef(
                Fields.text(v, "verifier", "name"),
                Fields.text(v, "verifier", "version"),
                Fields.text(v, "verifier", "entrypoint"));
        JsonNode optional = json.get("optional");
        if (optional != null && !optional.isObject()) {
            throw new SchemaException("optional", "must be an object");
        }
        merkle = optionalBlock(optional, "merkle");
        anchor = optionalBlock(optional, "anchor");
        signer = PolicyArtifact.signerBlock(json, "signer");
    }

    public static BundleManifest fromJson(JsonNode json) throws SchemaException {
        return new BundleManifest(json, false, null);
    }

    /** Like {@link #fromJson} but takes ownership of a freshly parsed node: no copy of a large tree. */
    public static BundleManifest adopt(JsonNode parsed) throws SchemaException {
        return new BundleManifest(parsed, true, null);
    }

    /** A manifest whose files[] was streamed to {@code files} (see {@link StreamedManifest}); {@link #files()} is empty. */
    static BundleManifest adoptStreamed(JsonNode parsedWithoutFiles, StreamedManifest.Files files) throws SchemaException {
        return new BundleManifest(parsedWithoutFiles, true, Objects.requireNonNull(files, "files"));
    }

    /** The unsigned manifest JSON; {@code ManifestSigner} adds the signer block. */
    public static ObjectNode unsigned(String createdAt, String policyId, String runId, long receiptCount,
            String chainHeadHash, List<FileEntry> files, VerifierRef verifier) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("bundle_v", "1");
        o.put("created_at", createdAt);
        o.put("policy_id", policyId);
        o.put("run_id", runId);
        o.put("receipt_count", receiptCount);
        o.put("chain_head_hash", chainHeadHash);
        ArrayNode arr = o.putArray("files");
        for (FileEntry f : files) {
            ObjectNode n = arr.addObject();
            n.put("path", f.path());
            n.put("sha256", f.sha256());
            n.put("size_bytes", f.sizeBytes());
        }
        ObjectNode v = o.putObject("verifier");
        v.put("name", verifier.name());
        v.put("version", verifier.version());
        v.put("entrypoint", verifier.entrypoint());
        ObjectNode opt = o.putObject("optional");
        opt.put("merkle", "SKIPPED");
        opt.put("anchor", "SKIPPED");
        return o;
    }

    public String createdAt() { return createdAt; }
    public String policyId() { return policyId; }
    public String runId() { return runId; }
    public long receiptCount() { return receiptCount; }
    public String chainHeadHash() { return chainHeadHash; }
    /**
     * Sorted by path (UTF-8 byte order), no duplicates, never {@code bundle_manifest.json}. Empty
     * for a manifest read by {@link StreamedManifest}, whose files went to its sink.
     */
    public List<FileEntry> files() { return files; }
    public VerifierRef verifier() { return verifier; }
    public SignerBlock signer() { return signer; }
    /** True when {@code optional.merkle} carries data (not absent and not "SKIPPED"). */
    public boolean hasMerkle() { return merkle != null; }
    public boolean hasAnchor() { return anchor != null; }

    /** JCS(manifest − signer.signature): the bytes the signer signs (DESIGN.md §2.2). */
    public byte[] signingBytes() {
        return ai.attested.bundle.sign.SigningRules.manifestSigningBytes(node());
    }

    private static List<FileEntry> files(JsonNode arr) throws SchemaException {
        List<FileEntry> out = new ArrayList<>(arr.size());
        String prev = null;
        for (int i = 0; i < arr.size(); i++) {
            FileEntry f = fileEntry(arr.get(i), i, prev);
            prev = f.path();
            out.add(f);
        }
        return Collections.unmodifiableList(out);
    }

    /** files[i], checked on its own and against the path before it ({@code prevPath}, null for the first). */
    static FileEntry fileEntry(JsonNode f, int i, String prevPath) throws SchemaException {
        String ctx = "files[" + i + "]";
        if (!f.isObject()) {
            throw new SchemaException(ctx, "must be an object");
        }
        String path = Fields.relativePath(f, ctx, "path");
        if (path.equals(BundlePaths.MANIFEST)) {
            throw new SchemaException(ctx + ".path", "the manifest cannot list itself");
        }
        if (prevPath != null && ZipPaths.compareUtf8(prevPath, path) >= 0) {
            throw new SchemaException(ctx + ".path", "files must be sorted by path without duplicates");
        }
        return new FileEntry(path, Fields.sha256Hex(f, ctx, "sha256"), Fields.integer(f, ctx, "size_bytes", 0));
    }

    private static JsonNode optionalBlock(JsonNode optional, String name) throws SchemaException {
        JsonNode n = optional == null ? null : optional.get(name);
        if (n == null || n.isTextual() && n.textValue().equals("SKIPPED")) {
            return null;
        }
        if (!n.isObject()) {
            throw new SchemaException("optional." + name, "must be \"SKIPPED\" or an object");
        }
        return n;
    }
}
