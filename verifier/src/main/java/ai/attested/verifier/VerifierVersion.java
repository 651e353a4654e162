package ai.attested.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of this verifier, from the build (resource filtered by Maven). */
public final class VerifierVersion {
    public static final String NAME = "svault-verifier";

    private VerifierVersion() {}

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VerifierVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
