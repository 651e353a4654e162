package ai.attested.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.model.BundleManifest;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.testing.SampleRun;
import ai.attested.bundle.zip.HardenedZipReader;
import ai.attested.bundle.zip.ZipLimits;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.StrictJson;
import ai.attested.verifier.fixtures.Rebundler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The manifest is read streaming (its files[] never a tree); each damaged manifest still gives
 * exactly one MANIFEST_SCHEMA_INVALID finding whose sentence is the one the whole-tree parse
 * ({@code StrictJson.parse} + {@code BundleManifest.fromJson}) gives, and no per-file findings.
 */
class ManifestFindingsTest {
    private static final byte[] GOLDEN = SampleRun.goldenBundle();

    private static String goldenManifest() throws Exception {
        try (HardenedZipReader r = HardenedZipReader.open(GOLDEN, ZipLimits.DEFAULTS)) {
            return new String(r.readAll(r.entry("bundle_manifest.json").orElseThrow(), 1 << 20), StandardCharsets.UTF_8);
        }
    }

    /** The sentence the verifier gave before the streaming parse, from the whole-tree path. */
    private static String wholeTreeSentence(byte[] manifest) {
        try {
            BundleManifest.fromJson(StrictJson.parse(manifest));
            return null;
        } catch (JsonFormatException e) {
            return "The file is not strict JSON (" + e.code() + ").";
        } catch (SchemaException e) {
            return "The manifest breaks the schema: " + e.getMessage() + ".";
        }
    }

    private static void assertOneManifestFinding(byte[] manifest, String expectedFragment) {
        String expected = wholeTreeSentence(manifest);
        assertThat(expected).as("the whole-tree parse refuses it too").contains(expectedFragment);
        VerificationReport r = BundleVerifier.verify(Rebundler.of(GOLDEN).put("bundle_manifest.json", manifest).zip());
        List<Finding> step2 = r.findings().stream().filter(f -> f.step() == 2).toList();
        assertThat(step2).as(r.toText()).hasSize(1);
        assertThat(step2.get(0).code()).isEqualTo("MANIFEST_SCHEMA_INVALID");
        assertThat(step2.get(0).path()).contains("bundle_manifest.json");
        assertThat(step2.get(0).message()).isEqualTo(expected);
        assertThat(r.exitCode()).isEqualTo(1);
    }

    private static byte[] edit(UnaryOperator<String> e) throws Exception {
        return e.apply(goldenManifest()).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachJsonFaultKeepsItsOwnCode() throws Exception {
        assertOneManifestFinding(edit(t -> t.replaceFirst("\"size_bytes\": (\\d+)", "\"size_bytes\": $1, \"size_bytes\": $1")), "DUPLICATE_KEY");
        assertOneManifestFinding(edit(t -> t.replaceFirst("\"size_bytes\": (\\d+)", "\"size_bytes\": 123456789012345678901")), "INTEGER_OUT_OF_RANGE");
        assertOneManifestFinding(edit(t -> t.replaceFirst("\"size_bytes\": (\\d+)", "\"size_bytes\": -Infinity")), "NON_FINITE_NUMBER");
        assertOneManifestFinding(edit(t -> t.replaceFirst("README", "\\\\udc00README")), "INVALID_UTF8");
        assertOneManifestFinding(edit(t -> t + "\n[]"), "TRAILING_CONTENT");
        assertOneManifestFinding(edit(t -> t.replaceFirst("\"size_bytes\": (\\d+)", "\"size_bytes\": " + "[".repeat(80) + "]".repeat(80))), "TOO_DEEP");
        assertOneManifestFinding(edit(t -> "\ufeff" + t), "MALFORMED");
        byte[] badUtf8 = edit(t -> t.replaceFirst("README", "README\u00e9"));
        int at = new String(badUtf8, StandardCharsets.ISO_8859_1).indexOf("README") + 6;
        badUtf8[at] = (byte) 0xC0; // C0 A9: an invalid lead byte
        assertOneManifestFinding(badUtf8, "INVALID_UTF8");
    }

    @Test
    void eachSchemaFaultKeepsItsSentence() throws Exception {
        assertOneManifestFinding(edit(t -> t.replaceFirst("\"path\": \"README.txt\"", "\"path\": \"zzz.txt\"")), "files[1].path");
        assertOneManifestFinding(edit(t -> t.replaceFirst("\"path\": \"README.txt\"", "\"path\": \"bundle_manifest.json\"")), "files[0].path");
        assertOneManifestFinding(edit(t -> t.replaceFirst("\"sha256\": \"[0-9a-f]+\"", "\"sha256\": \"00\"")), "files[0].sha256");
        assertOneManifestFinding(edit(t -> t.replaceFirst("\"receipt_count\": \\d+", "\"receipt_count\": 0")), "receipt_count");
        assertOneManifestFinding(edit(t -> t.replaceFirst("\"files\": \\[", "\"files\": [ 7,")), "files[0]");
    }
}
