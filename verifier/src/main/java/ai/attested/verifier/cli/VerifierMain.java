package ai.attested.verifier.cli;

/** Entry point of the standalone verifier.jar. */
public final class VerifierMain {
    private VerifierMain() {}

    public static void main(String[] args) {
        System.err.println("verifier: not implemented yet");
        System.exit(3);
    }
}
