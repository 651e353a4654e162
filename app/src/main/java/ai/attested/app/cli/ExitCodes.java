package ai.attested.app.cli;

/** Process exit codes shared by every svault command, the same as the verifier's (DESIGN.md §2.2). */
public final class ExitCodes {
    public static final int PASS = 0;
    public static final int FAIL = 1;
    public static final int PASS_WITH_CAVEATS = 2;
    /** Input unreadable, wrong arguments, or an operation that could not run. */
    public static final int ERROR = 3;

    private ExitCodes() {}
}
