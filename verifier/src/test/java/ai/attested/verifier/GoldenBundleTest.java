package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.testing.SampleRun;
import ai.attested.crypto.Sha256;
import ai.attested.crypto.json.CanonicalJson;
import ai.attested.crypto.json.JsonPaths;
import ai.attested.crypto.json.StrictJson;
import ai.attested.verifier.cli.VerifierMain;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden bundle of seed 004 §3 verifies PASS with exactly the lines of DESIGN.md §2.2. */
class GoldenBundleTest {
    static final String GOLDEN_TEXT = String.join("\n",
            "artifact: OK",
            "receipts: OK (7/7)",
            "chain: OK",
            "drift: YES (receipt #5, HASH_MISMATCH_FILE)",
            "enforcement: KILL (receipt #6)",
            "merkle: SKIPPED (MVP local)",
            "anchor: SKIPPED (MVP local)",
            "overall: PASS") + "\n";

    @TempDir
    Path tmp;

    @Test
    void goldenBundlePassesWithExactlyTheSpecifiedLines() {
        VerificationReport r = BundleVerifier.verify(SampleRun.goldenBundle());
        assertThat(r.toText()).isEqualTo(GOLDEN_TEXT);
        assertThat(r.verdict()).isEqualTo(Verdict.PASS);
        assertThat(r.exitCode()).isZero();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void writingTheBundleTwiceGivesIdenticalBytesAndIdenticalReports() {
        byte[] a = SampleRun.goldenBundle();
        byte[] b = SampleRun.goldenBundle();
        assertThat(a).isEqualTo(b);
        assertThat(BundleVerifier.verify(a).toJsonBytes()).isEqualTo(BundleVerifier.verify(b).toJsonBytes());
    }

    @Test
    void jsonReportCarriesItsOwnHashAndNoInputPath() throws Exception {
        Path zip = Files.write(tmp.resolve("bundle.zip"), SampleRun.goldenBundle());
        byte[] bytes = Verification.verify(zip).toJsonBytes();
        JsonNode json = StrictJson.parse(bytes);
        assertThat(json.get("report_hash").textValue())
                .isEqualTo(Sha256.hex(CanonicalJson.canonicalize(JsonPaths.without(json, "report_hash"))));
        assertThat(json.get("overall").textValue()).isEqualTo("PASS");
        assertThat(json.get("checks").get(3).get("value").textValue()).isEqualTo("YES (receipt #5, HASH_MISMATCH_FILE)");
        assertThat(json.get("details").get("issuer_key_id").textValue()).isEqualTo("36ee3280c62ed537");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain(tmp.toString());
        Path copy = Files.write(tmp.resolve("elsewhere.zip"), SampleRun.goldenBundle());
        assertThat(Verification.verify(copy).toJsonBytes()).isEqualTo(bytes);
    }

    @Test
    void cliPrintsTheReportAndExitsZero() throws Exception {
        Path zip = Files.write(tmp.resolve("bundle.zip"), SampleRun.goldenBundle());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VerifierMain.run(new String[] {zip.toString()}, new PrintStream(out, true, "UTF-8"), new PrintStream(err, true, "UTF-8"));
        assertThat(code).isZero();
        assertThat(out.toString("UTF-8")).isEqualTo(GOLDEN_TEXT);
        assertThat(err.toString("UTF-8")).isEmpty();
    }

    @Test
    void cliArgumentErrorsAndMissingFilesExitThree() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, "UTF-8");
        PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, "UTF-8");
        assertThat(VerifierMain.run(new String[] {}, o, e)).isEqualTo(3);
        assertThat(VerifierMain.run(new String[] {"a.zip", "b.zip"}, o, e)).isEqualTo(3);
        assertThat(VerifierMain.run(new String[] {"--frobnicate", "a.zip"}, o, e)).isEqualTo(3);
        out.reset();
        assertThat(VerifierMain.run(new String[] {tmp.resolve("absent.zip").toString()}, o, e)).isEqualTo(3);
        assertThat(out.toString("UTF-8")).isEqualTo("overall: ERROR\nerror_code: BUNDLE_UNREADABLE\n");
        Path text = Files.writeString(tmp.resolve("notes.zip"), "just text");
        out.reset();
        assertThat(VerifierMain.run(new String[] {text.toString(), "--json"}, o, e)).isEqualTo(3);
        assertThat(StrictJson.parse(out.toByteArray()).get("findings").get(0).get("code").textValue()).isEqualTo("BUNDLE_NOT_ZIP");
    }
}
