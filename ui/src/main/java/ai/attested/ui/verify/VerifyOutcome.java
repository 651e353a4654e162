package ai.attested.ui.verify;

import java.util.List;

/**
 * What the Verify view shows, taken one-to-one from the verifier's report: the verdict, each
 * check line with its status, every error and caveat with its code, and the JSON report bytes.
 */
public record VerifyOutcome(String verdict, List<Check> checks, List<Finding> errors, List<Finding> caveats, byte[] report,
        String reportExtension) {
    public VerifyOutcome {
        checks = List.copyOf(checks);
        errors = List.copyOf(errors);
        caveats = List.copyOf(caveats);
    }

    /** One check line, e.g. ("receipts", "OK", "7/7") or ("drift", "YES", "receipt #5, HASH_MISMATCH_FILE"). */
    public record Check(String name, String status, String detail) {}

    /** One error or caveat: its code, the file or field it concerns (may be empty), the verifier's sentence (may be empty). */
    public record Finding(String code, String path, String message) {}

    public boolean passed() {
        return verdict.startsWith("PASS");
    }
}
