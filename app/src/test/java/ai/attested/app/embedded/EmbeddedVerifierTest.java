package ai.attested.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.attested.crypto.Sha256;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded verifier.jar is the real standalone verifier and its VERSION.txt pins it. */
class EmbeddedVerifierTest {
    static final Path JAVA17 = Paths.get("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
    static final Path GOLDEN = Paths.get("..", "test-vectors", "bundles", "good", "golden.zip");

    @TempDir
    Path tmp;

    @Test
    void jarIsTheStandaloneVerifierAndVersionTextPinsItsHash() throws Exception {
        EmbeddedVerifier v = EmbeddedVerifier.load();
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(v.jarBytes()))) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("ai.attested.verifier.cli.VerifierMain");
        }
        assertThat(v.sha256()).isEqualTo(Sha256.hex(v.jarBytes()));
        assertThat(v.versionText()).contains("sha256: " + v.sha256() + "\n").contains("name: svault-verifier\n");
        assertThat(v.bundleFiles()).containsOnlyKeys("verifier/verifier.jar", "verifier/VERSION.txt");
        assertThat(new String(v.bundleFiles().get("verifier/VERSION.txt"), StandardCharsets.UTF_8)).isEqualTo(v.versionText());
        assertThat(v.ref().entrypoint()).isEqualTo("verifier/verifier.jar");
        assertThat(v.version()).isNotBlank().isNotEqualTo("unknown");
    }

    @Test
    void embeddedJarVerifiesTheGoldenBundleOnJava17() throws Exception {
        assumeTrue(Files.isExecutable(JAVA17), "needs a Java 17 runtime at " + JAVA17);
        Path jar = Files.write(tmp.resolve("verifier.jar"), EmbeddedVerifier.load().jarBytes());
        Process p = new ProcessBuilder(JAVA17.toString(), "-jar", jar.toString(), GOLDEN.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).endsWith("overall: PASS\n").startsWith("artifact: OK\nreceipts: OK (7/7)\n");
    }
}
