package ai.attested.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.cli.CardFixtures.Case;
import ai.attested.crypto.json.StrictJson;
import ai.attested.verifier.cli.VerifierMain;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed card fixtures (test-vectors/cards/) are what {@link CardFixtures} generates, every
 * code the card and VerifiedBundle paths of {@code svault verify} emit has a fixture (here or in
 * verified-bundles/) or a stated reason, and each case gives exactly its declared exit code,
 * findings, caveats or refusal through the CLI in process.
 */
class CardFixturesTest {
    static final Path ROOT = Paths.get("..", "test-vectors", "cards");
    static final Path BUNDLES = Paths.get("..", "test-vectors", "verified-bundles");
    /** The sources whose codes reach the user of svault verify for a card or a VerifiedBundle. */
    static final List<String> SOURCES = List.of("card/CardQrDecoder.java", "seal/verify/SealEvidenceVerifier.java",
            "seal/verify/CardPayloadVerifier.java", "cli/VerifyCommand.java", "cli/ExpectKey.java");

    @Test
    void committedFixturesAndIndexAreTheGeneratedBytes() throws Exception {
        CardFixtures.Generated g = CardFixtures.generate();
        for (Map.Entry<String, byte[]> f : g.files().entrySet()) {
            assertThat(Files.readAllBytes(ROOT.resolve(f.getKey()))).as(f.getKey()).isEqualTo(f.getValue());
        }
        assertThat(Files.readAllBytes(ROOT.resolve("index.json"))).isEqualTo(CardFixtures.index(g.cases()));
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(ROOT)) {
            onDisk = s.filter(Files::isRegularFile).map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("index.json")).sorted().collect(Collectors.toList());
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(g.files().keySet());
    }

    @Test
    void regeneratingWritesTheSameBytes(@TempDir Path tmp) throws Exception {
        CardFixtures.main(new String[] {tmp.toString()});
        for (String f : CardFixtures.generate().files().keySet()) {
            assertThat(Files.readAllBytes(tmp.resolve(f))).as(f).isEqualTo(Files.readAllBytes(ROOT.resolve(f)));
        }
        assertThat(Files.readAllBytes(tmp.resolve("index.json"))).isEqualTo(Files.readAllBytes(ROOT.resolve("index.json")));
    }

    @Test
    void everyCodeSvaultVerifyEmitsForCardsAndVerifiedBundlesHasAFixtureOrAReason() throws Exception {
        Set<String> emitted = new TreeSet<>();
        Pattern code = Pattern.compile("(?:AppException\\(|String [A-Z_]+ = )\"([A-Z][A-Z0-9_]+)\"");
        for (String src : SOURCES) {
            Matcher m = code.matcher(Files.readString(Paths.get("src/main/java/ai/attested/app").resolve(src)));
            while (m.find()) {
                emitted.add(m.group(1));
            }
        }
        assertThat(emitted).as("the scan finds the codes it is about").contains("CARD_QR_NOT_FOUND", "CARD_QR_MISMATCH", "EXPECT_KEY_INVALID");
        Set<String> covered = new TreeSet<>();
        for (Path index : List.of(ROOT.resolve("index.json"), BUNDLES.resolve("index.json"))) {
            JsonNode root = StrictJson.parse(Files.readAllBytes(index));
            for (JsonNode f : root.get("fixtures")) {
                if (f.has("error")) {
                    covered.add(f.get("error").asText());
                }
                f.get("findings").forEach(x -> covered.add(x.get("code").asText()));
                f.get("caveats").forEach(x -> covered.add(x.get("code").asText()));
            }
            root.get("not_produced").forEach(x -> covered.add(x.get("code").asText()));
        }
        Set<String> missing = new TreeSet<>(emitted);
        missing.removeAll(covered);
        assertThat(missing).as("codes of svault verify without a fixture or a reason").isEmpty();
    }

    @Test
    void eachBadFileHasACaseFailingWithTheCodeItIsNamedAfter() throws Exception {
        CardFixtures.Generated g = CardFixtures.generate();
        for (String f : g.files().keySet()) {
            if (f.startsWith("bad/")) {
                String code = f.replaceAll("^bad/|(-[a-z-]+)?\\.(png|zip)$", "");
                assertThat(g.cases()).as(f).anyMatch(c -> c.file().equals(f) && (code.equals(c.error())
                        || c.exitCode() == 1 && c.findings().stream().anyMatch(e -> e.startsWith(code + " ("))));
            }
        }
    }

    @Test
    void theSwappedCardIsInvisibleToVerifierJarWhichHasNoQrDecoder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = VerifierMain.run(new String[] {ROOT.resolve("bad/CARD_QR_MISMATCH.zip").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("error_code:");
    }

    @TestFactory
    Stream<DynamicTest> eachCaseYieldsExactlyItsDeclaredFindingsThroughSvaultVerify() throws Exception {
        return CardFixtures.generate().cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + " " + c.args(), () -> {
            List<String> args = new ArrayList<>(List.of("verify", ROOT.resolve(c.file()).toString()));
            c.args().forEach(a -> args.add(inRoot(a)));
            CliRun r = CliRun.of(args.toArray(new String[0]));
            assertRun(c, r);
        }));
    }

    private static void assertRun(Case c, CliRun r) {
        String all = r.out() + r.err();
        assertThat(r.exit()).as(all).isEqualTo(c.exitCode());
        if (c.error() != null) {
            assertThat(r.err()).as(all).startsWith("svault: " + c.error() + ": ");
            return;
        }
        assertThat(r.err()).as(all).isEmpty();
        assertThat(lines(r.out(), "error_code: ")).as(all).containsExactlyElementsOf(mapped(c.findings()));
        assertThat(lines(r.out(), "caveat: ")).as(all).containsExactlyElementsOf(mapped(c.caveats()));
        assertThat(r.out()).as(all).contains("overall: " + (r.exit() == 0 ? "PASS\n" : r.exit() == 1 ? "FAIL\n" : "PASS_WITH_CAVEATS\n"));
    }

    private static List<String> lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length(), l.indexOf(')') + 1))
                .collect(Collectors.toList());
    }

    private static List<String> mapped(List<String> codeWhere) {
        return codeWhere.stream().map(e -> {
            int p = e.indexOf(" (");
            return e.substring(0, p) + " (" + inRoot(e.substring(p + 2, e.length() - 1)) + ")";
        }).collect(Collectors.toList());
    }

    private static String inRoot(String arg) {
        return arg.equals("originals") || arg.startsWith("originals/") ? ROOT.resolve(arg).toString() : arg;
    }
}
