package ai.attested.app.sentinel.run;

import ai.attested.bundle.model.BundlePaths;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Receipt;
import java.util.ArrayList;
import java.util.List;

/** README.txt of an evidence bundle (seed 004 §9): the verify command, the expected PASS report, a tamper test. */
final class ReadmeText {
    private ReadmeText() {
    }

    static String of(List<Receipt> receipts) {
        int n = receipts.size();
        String tamperPath = BundlePaths.receipt(Math.min(2, n), n);
        StringBuilder b = new StringBuilder();
        b.append("Sovereign Vault evidence bundle (MVP-LOCAL v0.1)\n");
        b.append("================================================\n\n");
        b.append("This ZIP holds a signed policy, the baseline of the watched folder, ").append(n)
                .append(" signed hash-chained receipts of one\nsentinel run, the chain head, a signed manifest of every file, and an offline verifier.\n\n");
        b.append("Verify (needs only Java 17 or newer, no network):\n\n");
        b.append("    unzip bundle.zip 'verifier/*' -d bundle-verifier\n");
        b.append("    java -jar bundle-verifier/verifier/verifier.jar bundle.zip\n\n");
        b.append("Expected output:\n\n");
        for (String line : expectedReport(receipts)) {
            b.append("    ").append(line).append('\n');
        }
        b.append("\nExit code 0 means PASS, 1 FAIL, 2 PASS_WITH_CAVEATS, 3 the input could not be read.\n\n");
        b.append("Tamper test: change one character of a receipt and verify again.\n\n");
        b.append("    mkdir tampered && cd tampered && unzip ../bundle.zip\n");
        b.append("    # edit ").append(tamperPath).append(": change one letter inside the \"details\" text\n");
        b.append("    zip -X -0 -D -r ../tampered.zip . && cd ..\n");
        b.append("    java -jar bundle-verifier/verifier/verifier.jar tampered.zip\n\n");
        b.append("(Any ZIP tool will do if it writes no directory entries, as zip -D does: the verifier refuses them.)\n\n");
        b.append("Expected output: the verifier fails, exit code 1, and names the receipt among its findings:\n\n");
        b.append("    overall: FAIL\n");
        b.append("    error_code: BUNDLE_CHECKSUM_MISMATCH (").append(tamperPath).append(")\n");
        b.append("    error_code: RECEIPT_ID_MISMATCH (").append(tamperPath).append(")\n");
        b.append("    error_code: RECEIPT_HASH_MISMATCH (").append(tamperPath).append(")\n");
        b.append("    error_code: RECEIPT_SIGNATURE_INVALID (").append(tamperPath).append(")\n\n");
        b.append("Hashes and signatures are over RFC 8785 canonical JSON (seed 004 §5, §7).\n");
        return b.toString();
    }

    /** The report lines of DESIGN.md §2.2 this chain should give (every drift and enforcement, in order). */
    static List<String> expectedReport(List<Receipt> receipts) {
        int n = receipts.size();
        List<String> drifts = new ArrayList<>();
        List<String> enforcements = new ArrayList<>();
        for (Receipt r : receipts) {
            if (r.eventType() == EventType.DRIFT_DETECTED) {
                drifts.add("receipt #" + r.counter() + ", " + r.decision().reasonCode());
            } else if (r.eventType() == EventType.ENFORCED) {
                enforcements.add(r.decision().action() + " (receipt #" + r.counter() + ")");
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("artifact: OK");
        lines.add("receipts: OK (" + n + "/" + n + ")");
        lines.add("chain: OK");
        lines.add(drifts.isEmpty() ? "drift: NO" : "drift: YES (" + String.join("; ", drifts) + ")");
        lines.add(enforcements.isEmpty() ? "enforcement: NONE" : "enforcement: " + String.join("; ", enforcements));
        lines.add("merkle: SKIPPED (MVP local)");
        lines.add("anchor: SKIPPED (MVP local)");
        lines.add("overall: PASS");
        return lines;
    }
}
