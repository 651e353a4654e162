package ai.attested.app.embedded;

import ai.attested.app.AppException;
import ai.attested.bundle.model.BundleManifest.VerifierRef;
import ai.attested.bundle.model.BundlePaths;
import ai.attested.crypto.Sha256;
import ai.attested.verifier.VerifierVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The standalone verifier.jar this build embeds (copied in by app/pom.xml), ready to go into every
 * bundle as {@code verifier/verifier.jar} with a {@code verifier/VERSION.txt} that names it and
 * pins its SHA-256. Immutable; load once and reuse.
 */
public final class EmbeddedVerifier {
    public static final String RESOURCE = "/ai/attested/app/embedded/verifier.jar";

    private final byte[] jar;
    private final String sha256;
    private final String version;

    private EmbeddedVerifier(byte[] jar, String version) {
        this.jar = jar;
        this.sha256 = Sha256.hex(jar);
        this.version = version;
    }

    /** @throws AppException VERIFIER_MISSING when this build has no embedded verifier.jar */
    public static EmbeddedVerifier load() {
        try (InputStream in = EmbeddedVerifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AppException("VERIFIER_MISSING",
                        "This build has no embedded verifier.jar; build the app with './mvnw -pl app -am package'.");
            }
            return new EmbeddedVerifier(in.readAllBytes(), VerifierVersion.version());
        } catch (IOException e) {
            throw new AppException("VERIFIER_MISSING", "The embedded verifier.jar cannot be read: " + e.getMessage(), e);
        }
    }

    /** A copy of the jar's bytes. */
    public byte[] jarBytes() {
        return jar.clone();
    }

    public String sha256() {
        return sha256;
    }

    public String version() {
        return version;
    }

    /** The manifest's {@code verifier} block. */
    public VerifierRef ref() {
        return new VerifierRef(VerifierVersion.NAME, version, BundlePaths.VERIFIER_JAR);
    }

    /** {@code verifier/VERSION.txt}: what the jar is, its SHA-256, and how to run it. */
    public String versionText() {
        return "name: " + VerifierVersion.NAME + "\n"
                + "version: " + version + "\n"
                + "sha256: " + sha256 + "\n"
                + "entrypoint: " + BundlePaths.VERIFIER_JAR + "\n"
                + "requires: Java 17 or newer; uses no network\n"
                + "usage: java -jar verifier/verifier.jar BUNDLE.zip [--json]\n"
                + "exit codes: 0 PASS, 1 FAIL, 2 PASS_WITH_CAVEATS, 3 ERROR\n";
    }

    /** The two files for a bundle's extra files: {@code verifier/verifier.jar} and {@code verifier/VERSION.txt}. */
    public Map<String, byte[]> bundleFiles() {
        Map<String, byte[]> m = new TreeMap<>();
        m.put(BundlePaths.VERIFIER_JAR, jarBytes());
        m.put(BundlePaths.VERIFIER_VERSION, versionText().getBytes(StandardCharsets.UTF_8));
        return m;
    }
}
