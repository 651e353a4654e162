package ai.attested.bundle.testing;

import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.BundleManifest.VerifierRef;
import ai.attested.bundle.model.Decision;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Measurement;
import ai.attested.bundle.model.MeasurementSpec;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.PolicyDraft;
import ai.attested.bundle.model.ReasonCode;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.ReceiptDraft;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.model.SubjectManifest;
import ai.attested.bundle.sign.CompositeHash;
import ai.attested.bundle.sign.PolicySigner;
import ai.attested.bundle.sign.ReceiptSealer;
import ai.attested.bundle.write.EvidenceBundleWriter;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import ai.attested.crypto.sig.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fixed, fully deterministic sentinel run for tests: TV-SIG-001 key, fixed clock, two measured
 * files, drift injected into the first one at receipt #5, KILL at #6, export at #7. Real hashes and
 * real signatures; only the clock and the key are fixed.
 */
public final class SampleRun {
    public static final String RUN_ID = "5eed0000000000000000000000000001";
    public static final String CREATED_AT = "2026-02-11T12:00:00.000Z";
    public static final VerifierRef VERIFIER = new VerifierRef("svault-verifier", "0.1.0", "verifier/verifier.jar");

    static final byte[] CONFIG = "mode: production\nlimit: 42\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] SCRIPT = "#!/bin/sh\nexec ./service --config config/app.yaml\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] CONFIG_DRIFTED = concat(CONFIG, "\nDRIFT-INJECTED".getBytes(StandardCharsets.UTF_8));

    private SampleRun() {}

    public static Ed25519PrivateKey key() {
        return TestKeys.tvSig001();
    }

    /** Seconds after the fixed clock, as an ISO 8601 UTC timestamp with milliseconds. */
    public static String at(long seconds) {
        return Instant.parse(CREATED_AT).plusSeconds(seconds).toString().replace("Z", ".000Z");
    }

    public static PolicyDraft policyDraft() {
        return new PolicyDraft(CREATED_AT, List.of(MeasurementSpec.binary("config/app.yaml"),
                MeasurementSpec.binary("bin/run.sh")));
    }

    public static PolicyArtifact policy(Ed25519PrivateKey issuer) {
        try {
            return PolicySigner.sign(policyDraft(), issuer);
        } catch (SchemaException e) {
            throw new AssertionError(e);
        }
    }

    public static String baseline() {
        return CompositeHash.of(List.of(Sha256.digest(CONFIG), Sha256.digest(SCRIPT)));
    }

    public static String drifted() {
        return CompositeHash.of(List.of(Sha256.digest(CONFIG_DRIFTED), Sha256.digest(SCRIPT)));
    }

    public static SubjectManifest subject() {
        try {
            return SubjectManifest.of("/srv/demo", List.of(
                    new SubjectManifest.Entry("config/app.yaml", Sha256.hex(CONFIG), CONFIG.length, CREATED_AT),
                    new SubjectManifest.Entry("bin/run.sh", Sha256.hex(SCRIPT), SCRIPT.length, CREATED_AT)),
                    baseline());
        } catch (SchemaException e) {
            throw new AssertionError(e);
        }
    }

    /** The seven golden receipts, all signed by {@code key}. */
    public static List<Receipt> receipts(PolicyArtifact policy, Ed25519PrivateKey key) {
        return golden(new Chain(policy.policyId(), key)).receipts();
    }

    /** Appends the golden sequence to {@code chain}. */
    public static Chain golden(Chain chain) {
        String base = baseline();
        return chain.add(EventType.POLICY_LOADED, Decision.ok("policy loaded"), Measurement.matching(base))
                .add(EventType.MEASUREMENT_OK, Decision.ok("tick"), Measurement.matching(base))
                .add(EventType.MEASUREMENT_OK, Decision.ok("tick"), Measurement.matching(base))
                .add(EventType.MEASUREMENT_OK, Decision.ok("tick"), Measurement.matching(base))
                .add(EventType.DRIFT_DETECTED, drift(Action.NONE), driftMeasurement())
                .add(EventType.ENFORCED, drift(Action.KILL), driftMeasurement())
                .add(EventType.BUNDLE_EXPORTED, Decision.ok("bundle exported"), driftMeasurement());
    }

    public static Decision drift(Action action) {
        return new Decision(action, ReasonCode.HASH_MISMATCH_FILE, "config/app.yaml changed");
    }

    public static Measurement driftMeasurement() {
        return new Measurement(drifted(), List.of("config/app.yaml"));
    }

    public static Map<String, byte[]> extraFiles() {
        Map<String, byte[]> m = new TreeMap<>();
        m.put("README.txt", "Verify: java -jar verifier/verifier.jar bundle.zip\n".getBytes(StandardCharsets.UTF_8));
        m.put("verifier/VERSION.txt", "svault-verifier 0.1.0\n".getBytes(StandardCharsets.UTF_8));
        return m;
    }

    public static EvidenceBundleWriter.Input input(PolicyArtifact policy, List<Receipt> receipts) {
        return new EvidenceBundleWriter.Input(policy, subject(), receipts, extraFiles(), at(60), VERIFIER);
    }

    /** The golden bundle's bytes. */
    public static byte[] goldenBundle() {
        PolicyArtifact policy = policy(key());
        return bundle(input(policy, receipts(policy, key())), key());
    }

    public static byte[] bundle(EvidenceBundleWriter.Input in, Ed25519PrivateKey key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            EvidenceBundleWriter.write(in, key, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Builds a receipt chain one event at a time: counter +1 and prev hash linked, unless overridden. */
    public static final class Chain {
        private final String policyId;
        private final Ed25519PrivateKey key;
        private final List<Receipt> receipts = new ArrayList<>();

        public Chain(String policyId, Ed25519PrivateKey key) {
            this.policyId = policyId;
            this.key = key;
        }

        public Chain add(EventType type, Decision decision, Measurement m) {
            long counter = receipts.size() + 1L;
            return add(type, decision, m, counter, prevHash(), policyId, key);
        }

        public Chain add(EventType type, Decision decision, Measurement m, long counter, String prev,
                String policyId, Ed25519PrivateKey signer) {
            receipts.add(ReceiptSealer.seal(new ReceiptDraft(RUN_ID, counter, at(counter), type, decision,
                    policyId, m, prev), signer));
            return this;
        }

        /** Appends a receipt made elsewhere (for tampering fixtures); later receipts chain to its declared hash. */
        public Chain append(Receipt r) {
            receipts.add(r);
            return this;
        }

        public String prevHash() {
            return receipts.isEmpty() ? ReceiptDraft.GENESIS_PREV_HASH
                    : receipts.get(receipts.size() - 1).thisReceiptHash();
        }

        public List<Receipt> receipts() {
            return new ArrayList<>(receipts);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
