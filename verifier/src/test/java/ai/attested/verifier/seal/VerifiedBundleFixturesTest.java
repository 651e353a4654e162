package ai.attested.verifier.seal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.seal.SealCodes;
import ai.attested.bundle.seal.SealFormatException;
import ai.attested.bundle.seal.export.ChainLinks;
import ai.attested.bundle.seal.export.InclusionProofFile;
import ai.attested.bundle.zip.ZipError;
import ai.attested.verifier.cli.VerifierMain;
import ai.attested.verifier.seal.VerifiedBundleFixtures.Case;
import ai.attested.verifier.seal.VerifiedBundleFixtures.NotProduced;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed fixtures under test-vectors/verified-bundles/ are exactly what
 * {@link VerifiedBundleFixtures} generates (regeneration is byte-identical), every code the
 * VerifiedBundle verifier can report has a failing case (or a caveat case, or a stated reason why
 * no input produces it), and every case yields exactly its declared exit code, findings, caveats
 * or refusal through the verifier's command line, in process. {@code VerifiedBundleFixturesJarIT}
 * runs the same cases through {@code java -jar verifier.jar} on Java 17.
 */
class VerifiedBundleFixturesTest {
    static final Path ROOT = Paths.get("..", "test-vectors", "verified-bundles");

    @Test
    void committedFixturesAndIndexAreTheGeneratedBytes() throws Exception {
        Map<String, byte[]> files = VerifiedBundleFixtures.files();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertThat(Files.readAllBytes(ROOT.resolve(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue());
        }
        assertThat(Files.readAllBytes(ROOT.resolve("index.json"))).isEqualTo(VerifiedBundleFixtures.index(VerifiedBundleFixtures.cases()));
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(ROOT)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("index.json")).sorted().collect(Collectors.toList());
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(files.keySet());
    }

    @Test
    void regeneratingWritesTheSameBytes(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        VerifiedBundleFixtures.main(new String[] {tmp.toString()});
        for (Map.Entry<String, byte[]> f : VerifiedBundleFixtures.files().entrySet()) {
            assertThat(Files.readAllBytes(tmp.resolve(f.getKey()))).as(f.getKey()).isEqualTo(Files.readAllBytes(ROOT.resolve(f.getKey())));
        }
        assertThat(Files.readAllBytes(tmp.resolve("index.json"))).isEqualTo(Files.readAllBytes(ROOT.resolve("index.json")));
    }

    @Test
    void eachBadFileHasACaseFailingWithTheCodeItIsNamedAfter() throws Exception {
        List<Case> cases = VerifiedBundleFixtures.cases();
        for (String f : VerifiedBundleFixtures.files().keySet()) {
            if (!f.startsWith("bad/")) {
                continue;
            }
            String code = f.replaceAll("^bad/|(-[a-z-]+)?\\.zip$", "");
            assertThat(cases).as(f).anyMatch(c -> c.file().equals(f) && (code.equals(c.error())
                    || c.exitCode() == 1 && c.findings().stream().anyMatch(e -> e.equals(code) || e.startsWith(code + " ("))));
        }
    }

    @Test
    void everyCodeTheVerifierCanReportHasAFixtureOrAStatedReason() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (Class<?> k : List.of(SealCodes.class, SealFormatException.class, SealBundleCodes.class)) {
            codes.addAll(stringConstants(k));
        }
        for (ZipError z : ZipError.values()) {
            codes.add(z.name());
        }
        codes.addAll(List.of(ChainLinks.LINKS_INVALID, InclusionProofFile.PROOF_FILE_INVALID));
        // The command line's own refusals (exit 3).
        codes.addAll(List.of("BUNDLE_KIND_UNKNOWN", "TRUST_TSA_INVALID", "EXPECT_KEY_INVALID", "ORIGINAL_UNREADABLE", "JSON_UNAVAILABLE"));

        Set<String> covered = new TreeSet<>();
        for (Case c : VerifiedBundleFixtures.cases()) {
            c.findings().forEach(e -> covered.add(e.split(" ")[0]));
            c.caveats().forEach(e -> covered.add(e.split(" ")[0]));
            if (c.error() != null) {
                covered.add(c.error());
            }
        }
        Set<String> reasoned = VerifiedBundleFixtures.notProduced().stream().map(NotProduced::code).collect(Collectors.toCollection(TreeSet::new));
        assertThat(reasoned).as("a code with a fixture needs no excuse").doesNotContainAnyElementsOf(covered);
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(covered);
        missing.removeAll(reasoned);
        assertThat(missing).as("codes without a fixture or a reason").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachCaseYieldsExactlyItsDeclaredFindingsInProcess() throws Exception {
        return VerifiedBundleFixtures.cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + " " + c.args(), () -> {
            List<String> args = new ArrayList<>();
            args.add(ROOT.resolve(c.file()).toString());
            c.args().forEach(a -> args.add(inRoot(a)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = VerifierMain.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertRun(c, exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), VerifiedBundleFixturesTest::inRoot);
        }));
    }

    /** Asserts one run against its case; {@code where} maps a declared path to the one the run names. */
    static void assertRun(Case c, int exit, String out, String err, UnaryOperator<String> where) {
        String all = out + err;
        assertThat(exit).as(all).isEqualTo(c.exitCode());
        if (c.error() != null) {
            assertThat(err).as(all).startsWith("verifier: " + c.error() + ": ");
            assertThat(out).as(all).doesNotContain("overall: PASS");
            return;
        }
        assertThat(err).as(all).isEmpty();
        assertThat(lines(out, "error_code: ")).as(all).containsExactlyElementsOf(mapped(c.findings(), where));
        assertThat(lines(out, "caveat: ")).as(all).containsExactlyElementsOf(mapped(c.caveats(), where));
        assertThat(out).as(all).contains("overall: " + (exit == 0 ? "PASS\n" : exit == 1 ? "FAIL\n" : "PASS_WITH_CAVEATS\n"));
    }

    private static List<String> lines(String text, String prefix) {
        // "CODE (where) detail", or a bare "CODE" where the evidence-bundle report names no entry.
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
                .map(l -> l.contains(" (") ? l.substring(0, l.indexOf(')') + 1) : l).collect(Collectors.toList());
    }

    private static List<String> mapped(List<String> codeWhere, UnaryOperator<String> where) {
        return codeWhere.stream().map(e -> {
            int p = e.indexOf(" (");
            if (p < 0) {
                return e;
            }
            return e.substring(0, p) + " (" + where.apply(e.substring(p + 2, e.length() - 1)) + ")";
        }).collect(Collectors.toList());
    }

    /** Index arguments and paths are relative to the fixture folder; in process they are resolved against it. */
    static String inRoot(String arg) {
        return arg.startsWith("originals/") ? ROOT.resolve(arg).toString() : arg;
    }

    static List<String> stringConstants(Class<?> k) throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Field f : k.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                out.add((String) f.get(null));
            }
        }
        return out;
    }
}
