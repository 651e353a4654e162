package ai.attested.ui.verify;

import ai.attested.app.AppException;
import ai.attested.app.seal.verify.SealEvidenceVerifier;
import ai.attested.verifier.BundleVerifier;
import ai.attested.verifier.VerificationReport;
import ai.attested.verifier.seal.SealBundleCli;
import ai.attested.verifier.seal.BundleFinding;
import ai.attested.verifier.seal.SealBundleReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the same verification as {@code svault verify} on what the operator dropped: a card PNG
 * (its QR code), a VerifiedBundle.zip (optionally against the original file) or a sentinel
 * evidence bundle, and
 * turns the verifier's report into the view's checklist without changing any verdict.
 */
public final class EvidenceVerification implements VerifyController.Verifier {
    private static final Pattern LINE = Pattern.compile("([A-Z_]+)(?:\\s*\\((.*)\\))?\\s*(.*)");
    private static final java.util.Set<String> STATUSES = java.util.Set.of("OK", "FAIL", "SKIPPED", "NONE", "YES", "NO",
            "KILL", "QUARANTINE", "CONTINUE", "PASS", "PASS_WITH_CAVEATS", "ERROR", "CAVEAT", "WARN");

    @Override
    public VerifyOutcome verify(Path input, Optional<Path> original) throws Exception {
        if (!Files.isRegularFile(input)) {
            throw new AppException("INPUT_UNREADABLE", "There is no file at " + input + ".");
        }
        if (SealEvidenceVerifier.isPng(input)) {
            return fromSeal(SealEvidenceVerifier.verifyCard(input, original));
        }
        if (SealBundleCli.handles(input)) {
            return fromSeal(SealEvidenceVerifier.verifyBundle(input, original));
        }
        if (original.isPresent()) {
            throw new AppException("ORIGINAL_NOT_APPLICABLE", "A sentinel evidence bundle is verified on its own; "
                    + "an original file applies to seal bundles and cards.");
        }
        return fromEvidence(BundleVerifier.verify(input));
    }

    static VerifyOutcome fromEvidence(VerificationReport report) {
        List<VerifyOutcome.Check> checks = new ArrayList<>();
        for (VerificationReport.Line line : report.lines()) {
            checks.add(check(line.name(), line.value()));
        }
        List<VerifyOutcome.Finding> errors = report.findings().stream()
                .map(f -> new VerifyOutcome.Finding(f.code(), f.path().orElse(""), f.message())).toList();
        return new VerifyOutcome(report.verdict().name(), checks, errors, List.of(), report.toJsonBytes(), "json");
    }

    static VerifyOutcome fromSeal(SealBundleReport report) {
        List<VerifyOutcome.Check> checks = new ArrayList<>();
        for (String line : report.lines()) {
            int colon = line.indexOf(':');
            checks.add(colon < 0 ? new VerifyOutcome.Check(line, "INFO", "")
                    : check(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return new VerifyOutcome(report.overall(), checks, findings(report.failures()), findings(report.caveats()),
                report.text().getBytes(StandardCharsets.UTF_8), "txt");
    }

    private static List<VerifyOutcome.Finding> findings(List<BundleFinding> list) {
        return list.stream().map(f -> new VerifyOutcome.Finding(f.code(), f.where(), f.detail())).toList();
    }

    /** "OK (7/7)" → OK + "7/7"; "KILL (receipt #6)" → KILL + "receipt #6"; anything else → INFO + the text. */
    private static VerifyOutcome.Check check(String name, String value) {
        Matcher m = LINE.matcher(value);
        if (m.matches() && STATUSES.contains(m.group(1))) {
            String detail = m.group(2) != null ? m.group(2) : "";
            if (!m.group(3).isEmpty()) {
                detail = detail.isEmpty() ? m.group(3) : detail + " " + m.group(3);
            }
            return new VerifyOutcome.Check(name, m.group(1), detail);
        }
        return new VerifyOutcome.Check(name, "INFO", value);
    }
}
