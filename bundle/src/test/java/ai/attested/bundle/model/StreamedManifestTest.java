package ai.attested.bundle.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.sign.ManifestSigner;
import ai.attested.crypto.Hex;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.json.PrettyJson;
import ai.attested.crypto.json.StrictJson;
import ai.attested.crypto.sig.TestKeys;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamedManifest} against the whole-tree path it replaces in the verifier
 * ({@code StrictJson.parse} + {@link BundleManifest#adopt} + {@link BundleManifest#signingBytes}):
 * for every damaged manifest the same error code and sentence, for every good one the same
 * entries, facts and signed bytes.
 */
class StreamedManifestTest {
    private static final String HEX64 = "ab".repeat(32);

    private static ObjectNode manifest(int files) throws Exception {
        List<BundleManifest.FileEntry> list = new ArrayList<>();
        list.add(new BundleManifest.FileEntry("README.txt", HEX64, 51));
        list.add(new BundleManifest.FileEntry("policy/policy_artifact.json", HEX64, 1432));
        for (int i = 1; i <= files; i++) {
            list.add(new BundleManifest.FileEntry(String.format("receipts/%06d.json", i), Hex.encode(new byte[31]) + String.format("%02x", i % 256), 900 + i));
        }
        ObjectNode unsigned = BundleManifest.unsigned("2026-02-11T12:01:00.000Z", HEX64, "5eed0000000000000000000000000001",
                Math.max(1, files), "cd".repeat(32), list, new BundleManifest.VerifierRef("svault-verifier", "0.1.0", "verifier/verifier.jar"));
        return (ObjectNode) ManifestSigner.sign(unsigned, TestKeys.tvSig001()).toJson();
    }

    /** The outcome of the old path as comparable text. */
    private static String wholeTree(byte[] bytes) {
        try {
            BundleManifest m = BundleManifest.adopt(StrictJson.parse(bytes));
            StringBuilder b = new StringBuilder(facts(m));
            for (BundleManifest.FileEntry f : m.files()) {
                b.append('\n').append(f.path()).append(' ').append(f.sha256()).append(' ').append(f.sizeBytes());
            }
            return b.append("\nsigned ").append(Hex.encode(ai.attested.crypto.Sha256.digest(m.signingBytes()))).toString();
        } catch (JsonFormatException e) {
            return "JSON " + e.code() + ": " + e.getMessage();
        } catch (SchemaException e) {
            return "SCHEMA " + e.getMessage();
        }
    }

    private static String streamed(byte[] bytes) {
        List<String> entries = new ArrayList<>();
        try {
            StreamedManifest s = StreamedManifest.read(bytes, (p, h, n) -> entries.add(p + " " + h + " " + n));
            assertThat(s.manifest().files()).isEmpty();
            StringBuilder b = new StringBuilder(facts(s.manifest()));
            entries.forEach(e -> b.append('\n').append(e));
            return b.append("\nsigned ").append(Hex.encode(ai.attested.crypto.Sha256.digest(s.signingBytes()))).toString();
        } catch (JsonFormatException e) {
            return "JSON " + e.code() + ": " + e.getMessage();
        } catch (SchemaException e) {
            return "SCHEMA " + e.getMessage();
        }
    }

    private static String facts(BundleManifest m) {
        return String.join(" ", m.createdAt(), m.policyId(), m.runId(), Long.toString(m.receiptCount()), m.chainHeadHash(),
                m.verifier().toString(), m.signer().toString(), Boolean.toString(m.hasMerkle()), Boolean.toString(m.hasAnchor()));
    }

    private static byte[] bytes(JsonNode n) {
        return PrettyJson.bytes(n);
    }

    private static byte[] edited(int files, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode m = manifest(files);
        edit.accept(m);
        return bytes(m);
    }

    private static byte[] text(int files, UnaryOperator<String> edit) throws Exception {
        return edit.apply(new String(bytes(manifest(files)), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static void assertSame(byte[] doc, String expectedPrefix) {
        String old = wholeTree(doc);
        assertThat(streamed(doc)).isEqualTo(old);
        assertThat(old).startsWith(expectedPrefix);
    }

    @Test
    void goodManifestsGiveTheSameEntriesFactsAndSignedBytes() throws Exception {
        for (int n : new int[] {0, 1, 7, 1500}) {
            assertSame(bytes(manifest(n)), "2026-02-11T12:01:00.000Z");
        }
    }

    @Test
    void unusualMembersAroundFilesStillGiveTheSameSignedBytes() throws Exception {
        assertSame(edited(3, m -> {
            m.put("file", "x");
            m.put("filez", 1);
            m.put("fileś", true);
            m.putObject("a").put("files", "\u0001jcs-array-placeholder\u00010");
            m.put("z", "\u0001jcs-array-placeholder\u0001");
            ((ObjectNode) m.get("files").get(0)).put("extra", 1.5);
        }), "2026-02-11");
    }

    @Test
    void everyJsonFaultGivesTheSameCode() throws Exception {
        assertSame(text(3, t -> t.replaceFirst("\"size_bytes\": 51", "\"size_bytes\": 51, \"size_bytes\": 52")), "JSON DUPLICATE_KEY");
        assertSame(text(3, t -> t.replaceFirst("\"bundle_v\": \"1\"", "\"bundle_v\": \"1\", \"bundle_v\": \"1\"")), "JSON DUPLICATE_KEY");
        assertSame(text(3, t -> t.replaceFirst("\"size_bytes\": 51", "\"size_bytes\": 12345678901234567890")), "JSON INTEGER_OUT_OF_RANGE");
        assertSame(text(3, t -> t.replaceFirst("\"size_bytes\": 51", "\"size_bytes\": NaN")), "JSON NON_FINITE_NUMBER");
        assertSame(text(3, t -> t.replaceFirst("README", "\\\\ud800README")), "JSON INVALID_UTF8");
        assertSame(text(3, t -> t + " {}"), "JSON TRAILING_CONTENT");
        assertSame(text(3, t -> t.replaceFirst("\"size_bytes\": 51", "\"size_bytes\": " + "[".repeat(70) + "]".repeat(70))), "JSON TOO_DEEP");
        assertSame(text(3, t -> t.replaceFirst("\"bundle_v\": \"1\",", "\"bundle_v\": \"1\",,")), "JSON MALFORMED");
        assertSame(text(3, t -> t.substring(0, t.length() / 2)), "JSON MALFORMED");
        byte[] badUtf8 = text(3, t -> t.replaceFirst("README", "README\u00e9"));
        int at = new String(badUtf8, StandardCharsets.ISO_8859_1).indexOf("README") + 6;
        badUtf8[at + 1] = (byte) 0x41; // breaks the 2-byte sequence of é
        assertSame(badUtf8, "JSON INVALID_UTF8");
    }

    @Test
    void aJsonFaultAfterASchemaFaultStillWinsAsBefore() throws Exception {
        assertSame(text(3, t -> t.replaceFirst("\"path\": \"README.txt\"", "\"path\": \"zzz\"") + " x"), "JSON TRAILING_CONTENT");
    }

    @Test
    void everySchemaFaultGivesTheSameSentence() throws Exception {
        assertSame(edited(3, m -> ((ObjectNode) m.get("files").get(1)).put("path", "README.txt")), "SCHEMA field files[1].path");
        assertSame(edited(3, m -> ((ObjectNode) m.get("files").get(2)).put("path", "a.txt")), "SCHEMA field files[2].path");
        assertSame(edited(3, m -> ((ObjectNode) m.get("files").get(0)).put("path", "bundle_manifest.json")), "SCHEMA field files[0].path");
        assertSame(edited(3, m -> ((ObjectNode) m.get("files").get(0)).put("path", "../x")), "SCHEMA field files[0].path");
        assertSame(edited(3, m -> ((ObjectNode) m.get("files").get(3)).remove("sha256")), "SCHEMA field files[3].sha256");
        assertSame(edited(3, m -> ((ObjectNode) m.get("files").get(3)).put("size_bytes", -1)), "SCHEMA field files[3].size_bytes");
        assertSame(edited(3, m -> ((ArrayNode) m.get("files")).set(2, m.numberNode(7))), "SCHEMA field files[2]");
        assertSame(edited(3, m -> {
            ((ObjectNode) m.get("files").get(2)).put("sha256", "XY");
            ((ObjectNode) m.get("files").get(3)).put("path", "../y");
        }), "SCHEMA field files[2].sha256");
        assertSame(edited(3, m -> {
            m.remove("chain_head_hash");
            ((ObjectNode) m.get("files").get(2)).put("sha256", "XY");
        }), "SCHEMA field chain_head_hash");
        assertSame(edited(3, m -> {
            m.remove("verifier");
            ((ObjectNode) m.get("files").get(2)).put("sha256", "XY");
        }), "SCHEMA field files[2].sha256");
        assertSame(edited(3, m -> m.remove("verifier")), "SCHEMA field verifier");
        assertSame(edited(3, m -> m.putObject("files")), "SCHEMA field files");
        assertSame(edited(3, m -> m.remove("files")), "SCHEMA field files");
        assertSame(edited(3, m -> m.put("bundle_v", "2")), "SCHEMA field bundle_v");
        assertSame(bytes(m(3).arrayNode().add(1)), "SCHEMA field $");
    }

    private static ObjectNode m(int files) throws Exception {
        return manifest(files);
    }
}
