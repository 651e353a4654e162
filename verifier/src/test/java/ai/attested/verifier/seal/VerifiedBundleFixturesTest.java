package ai.attested.verifier.seal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.verifier.cli.VerifierMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed fixtures under test-vectors/verified-bundles/ are exactly what
 * {@link VerifiedBundleFixtures} generates, each file under bad/ fails with the code it is named
 * after, and every case yields exactly its declared exit code and findings through the verifier's
 * command line (the code verifier.jar runs).
 */
class VerifiedBundleFixturesTest {
    static final Path ROOT = Paths.get("..", "test-vectors", "verified-bundles");

    @Test
    void committedFixturesAndIndexAreTheGeneratedBytes() throws Exception {
        for (String f : VerifiedBundleFixtures.files()) {
            assertThat(Files.readAllBytes(ROOT.resolve(f))).as(f).isEqualTo(VerifiedBundleFixtures.bytes(f));
        }
        assertThat(Files.readAllBytes(ROOT.resolve("index.json"))).isEqualTo(VerifiedBundleFixtures.index(VerifiedBundleFixtures.cases()));
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(ROOT)) {
            onDisk = s.filter(p -> p.toString().endsWith(".zip")).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(VerifiedBundleFixtures.files());
    }

    @Test
    void eachBadFileHasACaseFailingWithTheCodeItIsNamedAfter() throws Exception {
        for (String f : VerifiedBundleFixtures.files()) {
            String code = f.replaceAll("^bad/|(-[a-z-]+)?\\.zip$", "");
            assertThat(VerifiedBundleFixtures.cases()).as(f)
                    .anyMatch(c -> c.file().equals(f) && c.exitCode() == 1 && c.expected().stream().anyMatch(e -> e.startsWith(code + " (")));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachCaseYieldsExactlyItsDeclaredFindings() throws Exception {
        return VerifiedBundleFixtures.cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + " " + c.args(), () -> {
            List<String> args = new ArrayList<>();
            args.add(ROOT.resolve(c.file()).toString());
            args.addAll(c.args());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = VerifierMain.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);
            List<String> got = text.lines().filter(l -> l.startsWith("error_code: "))
                    .map(l -> l.substring("error_code: ".length(), l.indexOf(')') + 1)).collect(Collectors.toList());
            assertThat(got).as(text).containsExactlyElementsOf(c.expected());
            assertThat(exit).as(text).isEqualTo(c.exitCode());
            assertThat(text).contains("overall: " + (exit == 0 ? "PASS\n" : exit == 1 ? "FAIL\n" : "PASS_WITH_CAVEATS\n"));
        }));
    }
}
