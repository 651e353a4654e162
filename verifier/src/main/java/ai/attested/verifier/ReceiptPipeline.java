package ai.attested.verifier;

import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.sign.ReceiptForms;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipEntryInfo;
import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.Ed25519BatchVerifier;
import ai.attested.crypto.sig.Ed25519PublicKey;
import ai.attested.crypto.sig.KeyId;
import ai.attested.crypto.Base64s;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * V4 for every receipt file, streaming and in parallel: this thread reads each entry (the ZIP is
 * read in order, once), worker threads on every core do the JSON, the three JCS hashes and the
 * Ed25519 check, and keep only a {@link ReceiptSummary}. Receipts go to the workers in chunks whose
 * signatures are verified together, and at most {@code CHUNK × CHUNKS_IN_FLIGHT} are held as bytes
 * at a time. Results come back in entry order, so the report is deterministic.
 *
 * <p>The V2 checksum of each receipt is checked here too, on the same bytes. The manifest is read
 * on another thread at the same time ({@link #manifestSettled}); a receipt checked before it is
 * ready keeps its digest, and {@link #checkDeferredDigests} compares those afterwards.
 */
final class ReceiptPipeline {
    /** A receipt is a few hundred bytes; a megabyte is generous and bounds memory per receipt. */
    static final long MAX_RECEIPT_BYTES = 1 << 20;
    /** Receipts per task; their signatures are verified together (decision 0013). */
    private static final int CHUNK = 512;
    /** Chunks read ahead of the workers: bounds the receipts held as bytes to CHUNK × this. */
    private static final int CHUNKS_IN_FLIGHT = 4;
    private static final String SIGNATURE_DOES_NOT_VERIFY = "The receipt's Ed25519 signature does not verify.";
    /** The batch's random coefficients; SecureRandom is thread-safe. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HardenedZipReader reader;
    /** Written once by the manifest thread, before {@link #settled}; read by the workers after it. */
    private volatile ManifestIndex manifest;
    private volatile boolean settled;
    private final String issuerKey;
    /** The issuer key decoded once for all receipts; null when it is not a curve point (nothing verifies). */
    private final Ed25519PublicKey issuer;
    private final String issuerKeyId;
    private final String policyId;
    private final String baseline;

    /**
     * Either of policyId, baseline may be null when that input was unusable; a null issuerKey
     * means no receipt signature can be tied to the policy issuer.
     */
    ReceiptPipeline(HardenedZipReader reader, String issuerKey, String policyId, String baseline) {
        this.reader = reader;
        this.issuerKey = issuerKey;
        this.issuer = issuerKey == null ? null : decodeOrNull(issuerKey);
        this.issuerKeyId = issuerKey == null ? null : KeyId.of(Base64s.decodeStd(issuerKey));
        this.policyId = policyId;
        this.baseline = baseline;
    }

    List<ReceiptSummary> run(List<ZipEntryInfo> entries) {
        List<ReceiptSummary> out = new ArrayList<>(entries.size());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "receipt-check");
            t.setDaemon(true);
            return t;
        });
        Semaphore permits = new Semaphore(CHUNKS_IN_FLIGHT);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            List<ReceiptSummary> chunk = new ArrayList<>(CHUNK);
            List<byte[]> chunkBytes = new ArrayList<>(CHUNK);
            for (int i = 0; i < entries.size(); i++) {
                ZipEntryInfo e = entries.get(i);
                ReceiptSummary s = new ReceiptSummary(e.name());
                out.add(s);
                byte[] bytes = read(e, s);
                if (bytes != null) {
                    chunk.add(s);
                    chunkBytes.add(bytes);
                }
                if (chunk.size() == CHUNK || i == entries.size() - 1 && !chunk.isEmpty()) {
                    List<ReceiptSummary> summaries = chunk;
                    List<byte[]> contents = chunkBytes;
                    chunk = new ArrayList<>(CHUNK);
                    chunkBytes = new ArrayList<>(CHUNK);
                    permits.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            checkChunk(summaries, contents);
                        } catch (RuntimeException ex) {
                            failure.compareAndSet(null, ex);
                        } finally {
                            permits.release();
                        }
                    });
                }
            }
            permits.acquireUninterruptibly(CHUNKS_IN_FLIGHT); // all tasks done; release() happens-before this
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return out;
    }

    /** The manifest has been read: {@code index} is its file list, or null when it was unusable (no checksums then). */
    void manifestSettled(ManifestIndex index) {
        manifest = index;
        settled = true;
    }

    /** After {@link #run} and {@link #manifestSettled}: the checksums of receipts checked before the manifest was ready. */
    void checkDeferredDigests(List<ReceiptSummary> summaries) {
        ManifestIndex index = manifest;
        for (ReceiptSummary s : summaries) {
            if (s.deferredDigest != null) {
                if (index != null) {
                    checkDigest(index, s, s.deferredDigest, s.deferredSize);
                }
                s.deferredDigest = null;
            }
        }
    }

    private static void checkDigest(ManifestIndex index, ReceiptSummary s, byte[] digest, long size) {
        int i = index.indexOf(s.path);
        if (i >= 0 && !index.matches(i, digest, size)) {
            s.add(new Finding(2, Codes.BUNDLE_CHECKSUM_MISMATCH, s.path,
                    "The file's SHA-256 or size differs from the bundle manifest."));
        }
    }

    private byte[] read(ZipEntryInfo e, ReceiptSummary s) {
        if (e.size() > MAX_RECEIPT_BYTES) {
            s.add(new Finding(4, Codes.RECEIPT_SCHEMA_INVALID, s.path, "The receipt is larger than 1 MiB."));
            return null;
        }
        try {
            return reader.readAll(e, MAX_RECEIPT_BYTES);
        } catch (BundleReadException ex) {
            s.add(new Finding(1, ex.code().name(), s.path, ex.getMessage()));
            return null;
        }
    }

    /**
     * Runs on a worker thread; touches only these summaries. Each receipt is checked in full except
     * for its Ed25519 equation, which the chunk's signatures then share (decision 0013): the
     * answers are the single check's, one per receipt.
     */
    private void checkChunk(List<ReceiptSummary> summaries, List<byte[]> contents) {
        Ed25519BatchVerifier batch = issuer == null ? null : new Ed25519BatchVerifier(issuer, RANDOM);
        int[] signatureIndex = new int[summaries.size()];
        boolean[] checksPassed = new boolean[summaries.size()];
        for (int i = 0; i < summaries.size(); i++) {
            signatureIndex[i] = -1;
            checksPassed[i] = check(summaries.get(i), contents.get(i), batch, signatureIndex, i);
        }
        boolean[] verified = batch == null ? new boolean[0] : batch.verifyAll();
        for (int i = 0; i < summaries.size(); i++) {
            ReceiptSummary s = summaries.get(i);
            boolean ok = checksPassed[i];
            if (signatureIndex[i] >= 0 && !verified[signatureIndex[i]]) {
                s.add(new Finding(4, Codes.RECEIPT_SIGNATURE_INVALID, s.path, SIGNATURE_DOES_NOT_VERIFY));
                ok = false;
            }
            s.valid = ok; // false already when the schema or any other check failed
        }
    }

    /**
     * Every V4 check of one receipt but its signature equation, which goes into {@code batch}
     * (its index into {@code signatureIndex[at]}). False when a check failed already.
     */
    private boolean check(ReceiptSummary s, byte[] bytes, Ed25519BatchVerifier batch, int[] signatureIndex, int at) {
        boolean ready = settled; // read before manifest: a true here makes the index visible
        ManifestIndex index = manifest;
        if (!ready) {
            s.deferredDigest = Sha256.digest(bytes);
            s.deferredSize = bytes.length;
        } else if (index != null) {
            checkDigest(index, s, Sha256.digest(bytes), bytes.length);
        }
        JsonNode json;
        Receipt r;
        try {
            json = StrictJson.parse(bytes);
            r = Receipt.adopt(json); // json is this worker's own and is only read from here on
        } catch (JsonFormatException ex) {
            s.add(new Finding(4, Codes.RECEIPT_SCHEMA_INVALID, s.path, "The receipt is not strict JSON (" + ex.code() + ")."));
            return false;
        } catch (SchemaException ex) {
            s.add(new Finding(4, Codes.RECEIPT_SCHEMA_INVALID, s.path, "The receipt breaks the schema: " + ex.getMessage() + "."));
            return false;
        }
        summarize(s, r);
        ReceiptForms forms = ReceiptForms.of(json); // the three canonical forms from one pass over the members
        boolean ok = true;
        if (!Sha256.hex(forms.idBytes()).equals(r.receiptId())) {
            s.add(new Finding(4, Codes.RECEIPT_ID_MISMATCH, s.path, "receipt_id is not the hash of the receipt's content."));
            ok = false;
        }
        if (!Sha256.hex(forms.hashBytes()).equals(r.thisReceiptHash())) {
            s.add(new Finding(4, Codes.RECEIPT_HASH_MISMATCH, s.path, "chain.this_receipt_hash is not the hash of the receipt."));
            ok = false;
        }
        String why = signerProblem(r);
        if (why != null) {
            s.add(new Finding(4, Codes.RECEIPT_SIGNATURE_INVALID, s.path, why));
            return false;
        }
        byte[] signature = signatureBytesOrNull(r.signer().signature());
        if (signature == null || batch == null) {
            s.add(new Finding(4, Codes.RECEIPT_SIGNATURE_INVALID, s.path, SIGNATURE_DOES_NOT_VERIFY));
            return false;
        }
        signatureIndex[at] = batch.add(signature, forms.signingBytes());
        return ok;
    }

    /** Why the receipt's signer is not the policy issuer, or null when it is (the equation is checked apart). */
    private String signerProblem(Receipt r) {
        if (issuerKey == null) {
            return "The policy names no readable issuer key, so the receipt's signer cannot be tied to it.";
        }
        if (!r.signer().publicKey().equals(issuerKey)) {
            return "The receipt is signed by a key other than the policy issuer's.";
        }
        if (!issuerKeyId.equals(r.signer().keyId())) { // the receipt's key is the issuer's: same key id
            return "signer.key_id does not match signer.public_key.";
        }
        return null;
    }

    private static byte[] signatureBytesOrNull(String signatureB64) {
        try {
            return Base64s.decodeStd(signatureB64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Ed25519PublicKey decodeOrNull(String publicKeyB64) {
        try {
            return Ed25519PublicKey.fromBase64(publicKeyB64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void summarize(ReceiptSummary s, Receipt r) {
        s.schemaValid = true;
        s.counter = r.counter();
        s.runId = r.runId();
        s.eventType = r.eventType();
        s.action = r.decision().action();
        s.reason = r.decision().reasonCode();
        s.policyIdMatches = policyId == null || policyId.equals(r.policyId());
        s.compositeIsBaseline = baseline == null || baseline.equals(r.measurement().compositeHash());
        s.prevHash = Hex.decode(r.prevReceiptHash());
        s.thisHash = Hex.decode(r.thisReceiptHash());
        s.timeMillis = r.timestampMillis();
    }
}
