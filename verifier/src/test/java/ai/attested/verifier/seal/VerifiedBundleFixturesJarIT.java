package ai.attested.verifier.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of test-vectors/verified-bundles/index.json through the shaded verifier.jar on Java 17,
 * run from the fixture folder with the index's arguments verbatim, as an auditor would: the same
 * exit code, findings, caveats and refusals as in process ({@link VerifiedBundleFixturesTest}).
 */
class VerifiedBundleFixturesJarIT {
    static final Path JAVA17 = Paths.get("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");

    @TestFactory
    Stream<DynamicTest> eachCaseYieldsExactlyItsDeclaredFindingsThroughTheJarOnJava17() throws Exception {
        assumeTrue(Files.isExecutable(JAVA17), "needs a Java 17 runtime at " + JAVA17);
        String jar = jar().toAbsolutePath().toString();
        File dir = VerifiedBundleFixturesTest.ROOT.toFile();
        return VerifiedBundleFixtures.cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + " " + c.args(), () -> {
            List<String> cmd = new ArrayList<>(List.of(JAVA17.toString(), "-jar", jar, c.file()));
            cmd.addAll(c.args());
            Process p = new ProcessBuilder(cmd).directory(dir).start();
            // Reports are a few kilobytes: reading stdout to its end before stderr cannot block the child.
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            VerifiedBundleFixturesTest.assertRun(c, p.exitValue(), out, err, w -> w);
        }));
    }

    private static Path jar() throws Exception {
        try (Stream<Path> s = Files.list(Paths.get("target"))) {
            return s.filter(p -> p.getFileName().toString().endsWith("-standalone.jar")).findFirst().orElseThrow();
        }
    }
}
