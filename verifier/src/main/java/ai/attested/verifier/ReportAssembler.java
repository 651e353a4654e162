package ai.attested.verifier;

import ai.attested.bundle.model.EventType;
import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.ZipError;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** V8: the status lines of DESIGN.md §2.2 from what the checks found, and the verdict. */
final class ReportAssembler {
    static final String KIND = "MVP_LOCAL_V0_1";
    private static final String SKIPPED = "SKIPPED (MVP local)";
    private static final String PRESENT = "PRESENT (not verified by the MVP-local verifier)";

    private ReportAssembler() {}

    static VerificationReport assemble(Context ctx) {
        List<Finding> findings = new ArrayList<>(ctx.findings);
        // Receipts in ascending counter order (seed 004 §10 V4); unparseable ones first, by path.
        for (ReceiptSummary s : ctx.receipts) {
            if (!s.schemaValid) {
                findings.addAll(s.findings());
            }
        }
        for (ReceiptSummary s : ctx.chain) {
            findings.addAll(s.findings());
        }
        // Check order V1..V7; within V2 by path; elsewhere in the order the checks ran (counter order).
        findings.sort(Comparator.comparingInt(Finding::step)
                .thenComparing(f -> f.step() == 2 ? f.path().orElse("") : "", ai.attested.bundle.zip.ZipPaths.ORDER));
        List<VerificationReport.Line> lines = new ArrayList<>();
        boolean artifactOk = !has(findings, 1) && !has(findings, 2) && !has(findings, 3);
        lines.add(new VerificationReport.Line("artifact", artifactOk ? "OK" : "FAIL"));
        long valid = ctx.receipts.stream().filter(s -> s.valid).count();
        int total = ctx.receipts.size();
        boolean receiptsOk = total > 0 && valid == total && !has(findings, 4);
        lines.add(new VerificationReport.Line("receipts", (receiptsOk ? "OK" : "FAIL") + " (" + valid + "/" + total + ")"));
        lines.add(new VerificationReport.Line("chain", !ctx.chain.isEmpty() && !has(findings, 5) ? "OK" : "FAIL"));
        lines.add(new VerificationReport.Line("drift", drift(ctx)));
        lines.add(new VerificationReport.Line("enforcement", has(findings, 7) ? "FAIL" : enforcement(ctx)));
        boolean merkle = ctx.manifest != null && ctx.manifest.hasMerkle() || ctx.policy != null && ctx.policy.includeMerkle();
        boolean anchor = ctx.manifest != null && ctx.manifest.hasAnchor() || ctx.policy != null && ctx.policy.includeAnchor();
        lines.add(new VerificationReport.Line("merkle", merkle ? PRESENT : SKIPPED));
        lines.add(new VerificationReport.Line("anchor", anchor ? PRESENT : SKIPPED));
        Verdict verdict = !findings.isEmpty() ? Verdict.FAIL : merkle || anchor ? Verdict.PASS_WITH_CAVEATS : Verdict.PASS;
        return new VerificationReport(KIND, lines, verdict, findings, details(ctx));
    }

    /** V1 refused the archive: not a ZIP or unreadable is ERROR; any other structural refusal is FAIL. */
    static VerificationReport readFailure(BundleReadException e) {
        Finding f = new Finding(1, e.code().name(), e.entry().orElse(null), e.getMessage());
        if (e.code() == ZipError.BUNDLE_NOT_ZIP || e.code() == ZipError.BUNDLE_UNREADABLE) {
            return VerificationReport.error(f);
        }
        List<VerificationReport.Line> lines = List.of(
                new VerificationReport.Line("artifact", "FAIL"),
                new VerificationReport.Line("receipts", "FAIL (0/0)"),
                new VerificationReport.Line("chain", "FAIL"),
                new VerificationReport.Line("drift", "UNKNOWN"),
                new VerificationReport.Line("enforcement", "UNKNOWN"),
                new VerificationReport.Line("merkle", SKIPPED),
                new VerificationReport.Line("anchor", SKIPPED));
        return new VerificationReport(KIND, lines, Verdict.FAIL, List.of(f), null);
    }

    private static String drift(Context ctx) {
        List<String> parts = new ArrayList<>();
        for (ReceiptSummary s : ctx.chain) {
            if (s.eventType == EventType.DRIFT_DETECTED) {
                parts.add("receipt #" + s.counter + ", " + s.reason);
            }
        }
        return parts.isEmpty() ? "NO" : "YES (" + String.join("; ", parts) + ")";
    }

    private static String enforcement(Context ctx) {
        List<String> parts = new ArrayList<>();
        for (ReceiptSummary s : ctx.chain) {
            if (s.eventType == EventType.ENFORCED) {
                parts.add(s.action + " (receipt #" + s.counter + ")");
            }
        }
        return parts.isEmpty() ? "NONE" : String.join("; ", parts);
    }

    private static ObjectNode details(Context ctx) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        if (ctx.policy != null) {
            d.put("policy_id", ctx.policy.policyId());
            d.put("issuer_key_id", ctx.policy.issuer().keyId());
        }
        if (!ctx.chain.isEmpty()) {
            d.put("run_id", ctx.chain.get(0).runId);
        }
        d.put("receipt_files", ctx.receipts.size());
        ArrayNode drift = d.putArray("drift");
        ArrayNode enforced = d.putArray("enforcement");
        for (ReceiptSummary s : ctx.chain) {
            if (s.eventType == EventType.DRIFT_DETECTED) {
                drift.addObject().put("counter", s.counter).put("reason_code", s.reason.name()).put("path", s.path);
            } else if (s.eventType == EventType.ENFORCED) {
                enforced.addObject().put("counter", s.counter).put("action", s.action.name()).put("path", s.path);
            }
        }
        return d;
    }

    private static boolean has(List<Finding> findings, int step) {
        for (Finding f : findings) {
            if (f.step() == step) {
                return true;
            }
        }
        return false;
    }
}
