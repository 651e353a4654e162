package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.zip.ZipError;
import ai.attested.verifier.fixtures.BadBundleFixtures;
import ai.attested.verifier.fixtures.Fixture;
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
 * The committed fixtures under test-vectors/bundles/ are exactly what {@link BadBundleFixtures}
 * generates, and each one yields exactly its declared exit code and findings (code and path, in
 * report order). To regenerate after an intended change: run BadBundleFixtures.main.
 */
class BundleFixturesTest {
    static final Path ROOT = Paths.get("..", "test-vectors", "bundles");
    static final List<Fixture> FIXTURES = BadBundleFixtures.all();

    @Test
    void committedFixturesAndIndexAreTheGeneratedBytes() throws Exception {
        for (Fixture f : FIXTURES) {
            assertThat(Files.readAllBytes(ROOT.resolve(f.file()))).as(f.file()).isEqualTo(f.bytes());
        }
        assertThat(Files.readAllBytes(ROOT.resolve("index.json"))).isEqualTo(BadBundleFixtures.index(FIXTURES));
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(ROOT)) {
            onDisk = s.filter(p -> p.toString().endsWith(".zip")).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(FIXTURES.stream().map(Fixture::file).collect(Collectors.toList()));
    }

    @Test
    void thereIsAFailingFixtureForEveryVerifierCode() throws Exception {
        List<String> codes = new ArrayList<>();
        for (java.lang.reflect.Field f : Codes.class.getFields()) {
            codes.add((String) f.get(null));
        }
        // ZIP-level codes too, except those whose fixture would be huge or is a missing file:
        // they are covered by HostileBundleTest (200,000 entries, 2 GiB total, absent file).
        for (ZipError z : ZipError.values()) {
            if (z != ZipError.BUNDLE_TOO_MANY_ENTRIES && z != ZipError.BUNDLE_TOO_LARGE && z != ZipError.BUNDLE_UNREADABLE) {
                codes.add(z.name());
            }
        }
        List<String> fixtureCodes = FIXTURES.stream().map(f -> f.file().replaceAll("^bad/|(-[a-z-]+)?\\.zip$", "")).collect(Collectors.toList());
        assertThat(fixtureCodes).containsAll(codes);
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureYieldsExactlyItsDeclaredFindings() {
        return FIXTURES.stream().map(f -> DynamicTest.dynamicTest(f.file(), () -> {
            VerificationReport r = Verification.verify(ROOT.resolve(f.file()));
            List<String> got = r.findings().stream().map(x -> x.line().substring("error_code: ".length())).collect(Collectors.toList());
            assertThat(got).as(f.file() + "\n" + r.toText()).containsExactlyElementsOf(f.expected());
            assertThat(r.exitCode()).as(f.file()).isEqualTo(f.exitCode());
            if (f.exitCode() == 1) {
                assertThat(r.toText()).contains("overall: FAIL\n");
            }
        }));
    }
}
