package ai.attested.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.sig.Ed25519PublicKey;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every entry of vectors/checkpoint/signed_note_vectors.json: vkeys, signed notes, checkpoints. */
class SignedNoteVectorsTest {
    /** The Go error strings of the vectors and the code this implementation must give for each. */
    private static final Map<String, NoteException.Code> GO_ERRORS = Map.of(
            "malformed note", NoteException.Code.NOTE_MALFORMED,
            "note has no verifiable signatures", NoteException.Code.NOTE_UNVERIFIED,
            "invalid signature for key", NoteException.Code.NOTE_SIGNATURE_INVALID);

    private static JsonNode vectors;

    @BeforeAll
    static void load() throws IOException {
        String dir = System.getProperty("vectors.dir");
        assertThat(dir).as("system property vectors.dir").isNotNull();
        Path file = Paths.get(dir, "vectors", "checkpoint", "signed_note_vectors.json");
        vectors = new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void vectorFileHasTheDocumentedEntries() {
        assertThat(vectors.get("verifier_keys").size()).isEqualTo(6);
        assertThat(vectors.get("signed_notes").size()).isEqualTo(14);
        assertThat(vectors.get("checkpoints_parse_only").size()).isEqualTo(1);
    }

    @TestFactory
    Stream<DynamicTest> everyVerifierKeyParsesExactlyWhenValid() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : vectors.get("verifier_keys")) {
            tests.add(DynamicTest.dynamicTest(v.get("vkey").asText(), () -> checkVerifierKey(v)));
        }
        return tests.stream();
    }

    private static void checkVerifierKey(JsonNode v) throws Exception {
        String vkey = v.get("vkey").asText();
        if (!v.get("want_valid").asBoolean()) {
            assertThatThrownBy(() -> NoteVerifierKey.parse(vkey)).isInstanceOfSatisfying(NoteException.class,
                    e -> assertThat(e.code()).isEqualTo(NoteException.Code.VERIFIER_KEY_INVALID));
            return;
        }
        NoteVerifierKey key = NoteVerifierKey.parse(vkey);
        byte[] publicKey = HexFormat.of().parseHex(v.get("public_key_hex").asText());
        assertThat(key.name()).isEqualTo(v.get("name").asText());
        assertThat(key.keyIdHex()).isEqualTo(v.get("key_id").asText());
        assertThat(key.publicKey().raw()).isEqualTo(publicKey);
        assertThat(key.vkey()).isEqualTo(vkey);
        // The key ID recomputed here independently: SHA-256(name || 0x0A || 0x01 || pk)[:4].
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(key.name().getBytes(StandardCharsets.UTF_8));
        sha256.update(new byte[] {0x0A, 0x01});
        byte[] digest = sha256.digest(publicKey);
        assertThat(HexFormat.of().formatHex(digest, 0, 4)).isEqualTo(v.get("key_id").asText());
        assertThat(NoteVerifierKey.ed25519(key.name(), Ed25519PublicKey.fromRaw(publicKey))).isEqualTo(key);
    }

    @TestFactory
    Stream<DynamicTest> everySignedNoteOpensExactlyWhenValidWithTheExpectedTextAndSigners() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : vectors.get("signed_notes")) {
            tests.add(DynamicTest.dynamicTest(v.get("desc").asText(), () -> checkSignedNote(v)));
        }
        return tests.stream();
    }

    private static void checkSignedNote(JsonNode v) throws Exception {
        byte[] note = HexFormat.of().parseHex(v.get("note_hex").asText());
        if (v.hasNonNull("note")) {
            assertThat(v.get("note").asText().getBytes(StandardCharsets.UTF_8)).as("note equals note_hex").isEqualTo(note);
        }
        List<NoteVerifierKey> keys = new ArrayList<>();
        for (JsonNode vkey : v.get("verifier_keys")) {
            keys.add(NoteVerifierKey.parse(vkey.asText()));
        }
        if (!v.get("want_valid").asBoolean()) {
            NoteException.Code want = codeFor(v.get("want_error").asText());
            assertThatThrownBy(() -> SignedNote.open(note, keys)).isInstanceOfSatisfying(NoteException.class,
                    e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(want));
            return;
        }
        SignedNote opened = SignedNote.open(note, keys);
        assertThat(opened.text()).isEqualTo(v.get("want_text").asText());
        List<String> wantVerified = new ArrayList<>();
        v.get("want_verified").forEach(name -> wantVerified.add(name.asText()));
        assertThat(opened.verifiedBy().stream().map(NoteVerifierKey::name).collect(Collectors.toList()))
                .containsExactlyElementsOf(wantVerified);
        if (v.has("checkpoint")) {
            JsonNode want = v.get("checkpoint");
            Checkpoint checkpoint = Checkpoint.open(note, keys);
            assertCheckpoint(checkpoint, want.get("origin").asText(), want.get("tree_size").asLong(),
                    want.get("root_hash_b64").asText());
            assertThat(checkpoint.toText()).isEqualTo(opened.text());
        }
    }

    private static NoteException.Code codeFor(String goError) {
        for (Map.Entry<String, NoteException.Code> entry : GO_ERRORS.entrySet()) {
            if (goError.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        throw new AssertionError("no code mapped for Go error \"" + goError + "\"");
    }

    @Test
    void everyParseOnlyCheckpointParsesToItsOriginSizeAndRoot() throws Exception {
        for (JsonNode v : vectors.get("checkpoints_parse_only")) {
            String note = new String(HexFormat.of().parseHex(v.get("note_hex").asText()), StandardCharsets.UTF_8);
            assertThat(note).isEqualTo(v.get("note").asText());
            // No key is published for this example: take the text before the last blank line.
            String text = note.substring(0, note.lastIndexOf("\n\n") + 1);
            Checkpoint checkpoint = Checkpoint.parse(text);
            assertCheckpoint(checkpoint, v.get("origin").asText(), v.get("tree_size").asLong(),
                    v.get("root_hash_b64").asText());
            assertThat(checkpoint.toText()).isEqualTo(text);
        }
    }

    private static void assertCheckpoint(Checkpoint checkpoint, String origin, long size, String rootBase64) {
        assertThat(checkpoint.origin()).isEqualTo(origin);
        assertThat(checkpoint.treeSize()).isEqualTo(size);
        assertThat(checkpoint.rootHash()).isEqualTo(Base64.getDecoder().decode(rootBase64));
        assertThat(checkpoint.extensions()).isEmpty();
    }
}
