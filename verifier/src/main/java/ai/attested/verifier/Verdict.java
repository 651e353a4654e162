package ai.attested.verifier;

/** The overall result and its process exit code (DESIGN.md §2.2). */
public enum Verdict {
    PASS(0),
    FAIL(1),
    PASS_WITH_CAVEATS(2),
    /** The input could not be read as a bundle at all, or the arguments were wrong. */
    ERROR(3);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
