package ai.attested.app.cli;

/** Entry point of the svault CLI. */
public final class SvaultMain {
    private SvaultMain() {}

    public static void main(String[] args) {
        System.err.println("svault: not implemented yet");
        System.exit(3);
    }
}
