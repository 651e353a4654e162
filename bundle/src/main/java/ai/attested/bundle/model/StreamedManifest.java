package ai.attested.bundle.model;

import ai.attested.bundle.sign.SigningRules;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code bundle_manifest.json} read in bounded memory: its {@code files[]} is never a tree.
 * Each entry is parsed, schema-checked exactly as {@link BundleManifest#fromJson} checks it,
 * handed to a {@link FileSink} and appended, as canonical JSON, to the bytes the signature
 * covers. A 100,000-file manifest then costs its raw bytes and its canonical form, not ~100,000
 * JSON objects. Same error codes and sentences as {@link StrictJson#parse} and
 * {@link BundleManifest#fromJson}, in the same precedence (any JSON fault before any schema fault).
 */
public final class StreamedManifest {
    /** Receives each schema-valid files[] entry in order. Entries already received are void if reading then fails. */
    public interface FileSink {
        void file(String path, String sha256Hex, long sizeBytes);
    }

    private final BundleManifest manifest;
    private final byte[] signingBytes;

    private StreamedManifest(BundleManifest manifest, byte[] signingBytes) {
        this.manifest = manifest;
        this.signingBytes = signingBytes;
    }

    /**
     * Reads a manifest.
     *
     * @throws JsonFormatException when the bytes are not strict JSON (code as {@link StrictJson#parse})
     * @throws SchemaException when the document breaks the manifest schema (as {@link BundleManifest#fromJson})
     */
    public static StreamedManifest read(byte[] json, FileSink sink) throws JsonFormatException, SchemaException {
        Files files = new Files(sink, json.length);
        JsonNode tree = StrictJson.parseStreamingMember(json, "files", files);
        BundleManifest m = BundleManifest.adoptStreamed(tree, files);
        return new StreamedManifest(m, SigningRules.manifestSigningBytes(m.node(), files.jcs, files.jcsLength));
    }

    /** The manifest's scalar fields and signer; its {@link BundleManifest#files()} is empty (the entries went to the sink). */
    public BundleManifest manifest() {
        return manifest;
    }

    /** JCS(manifest − signer.signature), files included: exactly {@link BundleManifest#signingBytes()} of the whole document. */
    public byte[] signingBytes() {
        return signingBytes.clone();
    }

    /**
     * True when signer.signature verifies over {@link #signingBytes()} under {@code publicKeyB64}
     * (as {@link SigningRules#signatureValid}); spares the copy of a many-megabyte message.
     */
    public boolean signatureValid(String publicKeyB64) {
        return SigningRules.signatureValid(publicKeyB64, manifest.signer().signature(), signingBytes);
    }

    /** Checks entries as they arrive and keeps their canonical JSON, comma-separated, in one growing buffer. */
    static final class Files implements StrictJson.ElementSink {
        private final FileSink sink;
        private String prevPath;
        private SchemaException firstFault;
        private byte[] jcs;
        private int jcsLength;

        private Files(FileSink sink, int rawLength) {
            this.sink = sink;
            this.jcs = new byte[Math.max(64, rawLength)]; // canonical JSON is rarely longer than the raw text
        }

        @Override
        public void element(int index, JsonNode element) {
            if (firstFault != null) {
                return; // the manifest is already refused; later entries change nothing
            }
            try {
                BundleManifest.FileEntry f = BundleManifest.fileEntry(element, index, prevPath);
                prevPath = f.path();
                sink.file(f.path(), f.sha256(), f.sizeBytes());
                if (index > 0) {
                    append(new byte[] {','});
                }
                append(CanonicalJson.canonicalize(element));
            } catch (SchemaException e) {
                firstFault = e;
            }
        }

        /** Nothing when every entry passed; the first entry's fault otherwise. */
        List<BundleManifest.FileEntry> checked() throws SchemaException {
            if (firstFault != null) {
                throw firstFault;
            }
            return List.of();
        }

        private void append(byte[] b) {
            if (jcsLength + b.length > jcs.length) {
                jcs = Arrays.copyOf(jcs, Math.max(jcs.length * 2, jcsLength + b.length));
            }
            System.arraycopy(b, 0, jcs, jcsLength, b.length);
            jcsLength += b.length;
        }
    }
}
