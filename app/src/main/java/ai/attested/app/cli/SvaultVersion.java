package ai.attested.app.cli;

import ai.attested.crypto.Hex;
import ai.attested.crypto.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * {@code svault --version}: the version, and the SHA-256 of the verifier.jar this build embeds in
 * every bundle, so an auditor can pin the verifier a bundle carries to a release (docs/RELEASING.md).
 */
final class SvaultVersion implements CommandLine.IVersionProvider {
    static final String EMBEDDED_VERIFIER = "/ai/attested/app/embedded/verifier.jar";

    @Override
    public String[] getVersion() {
        String v = SvaultMain.class.getPackage().getImplementationVersion();
        return new String[] {
            "svault " + (v == null ? "dev" : v),
            "verifier.jar sha256: " + embeddedVerifierSha256(),
            "java: " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
        };
    }

    static String embeddedVerifierSha256() {
        try (InputStream in = SvaultVersion.class.getResourceAsStream(EMBEDDED_VERIFIER)) {
            if (in == null) {
                return "missing (this build has no embedded verifier)";
            }
            return Hex.encode(Sha256.digest(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
