package ai.attested.app.sentinel.run;

import ai.attested.app.AppException;
import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.model.BundlePaths;
import ai.attested.verifier.VerifierVersion;
import java.io.IOException;
import java.io.InputStream;

/** The verifier.jar the app build embeds (see app/pom.xml) and its name and version for VERSION.txt and the manifest. */
record EmbeddedVerifierFiles(byte[] jar, String version) {
    static final String RESOURCE = "/ai/attested/app/embedded/verifier.jar";
    static final String NAME = VerifierVersion.NAME;

    static EmbeddedVerifierFiles load() {
        try (InputStream in = EmbeddedVerifierFiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AppException("VERIFIER_NOT_EMBEDDED",
                        "This build has no embedded verifier.jar; build the app with ./mvnw -pl app -am package.");
            }
            return new EmbeddedVerifierFiles(in.readAllBytes(), VerifierVersion.version());
        } catch (IOException e) {
            throw new AppException("VERIFIER_NOT_EMBEDDED", "The embedded verifier.jar could not be read.", e);
        }
    }

    String versionText() {
        return NAME + " " + version + "\n";
    }

    BundleManifest.VerifierRef ref() {
        return new BundleManifest.VerifierRef(NAME, version, BundlePaths.VERIFIER_JAR);
    }
}
