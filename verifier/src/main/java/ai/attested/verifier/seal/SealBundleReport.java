package ai.attested.verifier.seal;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of verifying a VerifiedBundle: one summary line per check in order, then the
 * overall verdict, every caveat and every failure. Exit code as the verifier's contract:
 * 0 PASS, 1 FAIL, 2 PASS_WITH_CAVEATS.
 */
public record SealBundleReport(List<String> lines, List<BundleFinding> failures, List<BundleFinding> caveats) {
    public SealBundleReport {
        lines = List.copyOf(lines);
        failures = List.copyOf(failures);
        caveats = List.copyOf(caveats);
    }

    public String overall() {
        if (!failures.isEmpty()) {
            return "FAIL";
        }
        return caveats.isEmpty() ? "PASS" : "PASS_WITH_CAVEATS";
    }

    public int exitCode() {
        if (!failures.isEmpty()) {
            return 1;
        }
        return caveats.isEmpty() ? 0 : 2;
    }

    public boolean hasFailure(String code) {
        return failures.stream().anyMatch(f -> f.code().equals(code));
    }

    /** The text report: check lines, {@code overall:}, then {@code caveat:} and {@code error_code:} lines. */
    public String text() {
        List<String> out = new ArrayList<>(lines);
        out.add("overall: " + overall());
        for (BundleFinding c : caveats) {
            out.add("caveat: " + c.code() + " (" + c.where() + ") " + c.detail());
        }
        for (BundleFinding f : failures) {
            out.add("error_code: " + f.code() + " (" + f.where() + ") " + f.detail());
        }
        return String.join("\n", out) + "\n";
    }
}
