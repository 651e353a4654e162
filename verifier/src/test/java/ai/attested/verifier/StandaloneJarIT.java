package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.attested.bundle.testing.SampleRun;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded verifier-*-standalone.jar (built in the package phase; this runs after it, in
 * failsafe) really runs on Java 17: no class lost to minimizeJar, no Java 18+ API.
 */
class StandaloneJarIT {
    static final Path JAVA17 = Paths.get("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    @TempDir
    Path tmp;

    static Path jar() throws Exception {
        try (var s = Files.list(Paths.get("target"))) {
            return s.filter(p -> p.getFileName().toString().endsWith("-standalone.jar")).findFirst().orElseThrow();
        }
    }

    private static Run run(String... args) throws Exception {
        assumeTrue(Files.isExecutable(JAVA17), "needs a Java 17 runtime at " + JAVA17);
        List<String> cmd = new java.util.ArrayList<>(List.of(JAVA17.toString(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    record Run(int exit, String out) {}

    @Test
    void goldenBundlePassesOnJava17() throws Exception {
        Path zip = Files.write(tmp.resolve("bundle.zip"), SampleRun.goldenBundle());
        Run r = run(zip.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo(GoldenBundleTest.GOLDEN_TEXT);
        Run json = run(zip.toString(), "--json");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"report_hash\"");
    }

    @Test
    void failuresAndErrorsKeepTheirExitCodesOnJava17() throws Exception {
        Path bad = Paths.get("..", "test-vectors", "bundles", "bad");
        Run tampered = run(bad.resolve("RECEIPT_HASH_MISMATCH.zip").toString());
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.out()).endsWith("overall: FAIL\nerror_code: RECEIPT_HASH_MISMATCH (receipts/0003.json)\n");
        assertThat(run(bad.resolve("BUNDLE_NOT_ZIP.zip").toString()).exit()).isEqualTo(3);
        assertThat(run().exit()).isEqualTo(3);
        assertThat(run(tmp.resolve("missing" + File.separator + "x.zip").toString()).exit()).isEqualTo(3);
    }
}
