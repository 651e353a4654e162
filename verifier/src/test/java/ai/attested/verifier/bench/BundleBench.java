package ai.attested.verifier.bench;

import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.Decision;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Measurement;
import ai.attested.bundle.model.PolicyArtifact;
import ai.attested.bundle.model.Receipt;
import ai.attested.bundle.model.ReceiptDraft;
import ai.attested.bundle.sign.ReceiptSealer;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.bundle.write.EvidenceBundleWriter;
import ai.attested.crypto.sig.Ed25519PrivateKey;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes benchmark bundles: {@code bench-N.zip} with N receipts (POLICY_LOADED, N−4
 * MEASUREMENT_OK, DRIFT_DETECTED, ENFORCED(KILL), BUNDLE_EXPORTED), TV-SIG-001, fixed clock.
 * Hashes are chained in order; the signatures (which no hash covers) are made in parallel.
 * Usage: {@code BundleBench OUT_DIR N [N...]}. The timing itself is whole-process, with hyperfine
 * and /usr/bin/time (docs/BENCHMARKS.md).
 */
public final class BundleBench {
    private BundleBench() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Paths.get(args[0]));
        for (String n : Arrays.asList(args).subList(1, args.length)) {
            int count = Integer.parseInt(n);
            long t0 = System.nanoTime();
            Ed25519PrivateKey key = SampleRun.key();
            PolicyArtifact policy = SampleRun.policy(key);
            List<Receipt> receipts = receipts(policy, key, count);
            Path target = out.resolve("bench-" + count + ".zip");
            EvidenceBundleWriter.write(SampleRun.input(policy, receipts), key, target);
            System.out.printf("%s: %d receipts, %d bytes, written in %.1f s%n", target, count, Files.size(target),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** {@code count} receipts of one run, chained in order. */
    public static List<Receipt> receipts(PolicyArtifact policy, Ed25519PrivateKey key, int count) {
        List<ObjectNode> unsigned = new ArrayList<>(count);
        String prev = ReceiptDraft.GENESIS_PREV_HASH;
        String base = SampleRun.baseline();
        for (int i = 1; i <= count; i++) {
            EventType type = i == 1 ? EventType.POLICY_LOADED : i == count - 2 ? EventType.DRIFT_DETECTED
                    : i == count - 1 ? EventType.ENFORCED : i == count ? EventType.BUNDLE_EXPORTED : EventType.MEASUREMENT_OK;
            Decision d = type == EventType.DRIFT_DETECTED ? SampleRun.drift(Action.NONE)
                    : type == EventType.ENFORCED ? SampleRun.drift(Action.KILL) : Decision.ok("tick");
            Measurement m = i < count - 2 ? Measurement.matching(base) : SampleRun.driftMeasurement();
            ObjectNode r = ReceiptSealer.unsigned(new ReceiptDraft(SampleRun.RUN_ID, i, SampleRun.at(i), type, d,
                    policy.policyId(), m, prev), key.publicKey());
            prev = r.get("chain").get("this_receipt_hash").textValue();
            unsigned.add(r);
        }
        Receipt[] signed = new Receipt[count];
        IntStream.range(0, count).parallel().forEach(i -> signed[i] = ReceiptSealer.sign(unsigned.get(i), key));
        return Arrays.asList(signed);
    }
}
