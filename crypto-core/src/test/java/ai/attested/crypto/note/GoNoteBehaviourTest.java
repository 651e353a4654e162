package ai.attested.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The behaviours golang.org/x/mod/sumdb/note tests (note_test.go @ 02c9913, BSD-3-Clause) beyond
 * the vector file: exact signing output, key manglings, duplicates, ambiguity, signature limit.
 */
class GoNoteBehaviourTest {
    /** Go's published test signer key "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEK..." (0x01 ‖ seed). Tests only. */
    private static final String PETER_SKEY_B64 = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    private static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String PETER_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    private static final String ENOCH_SIG = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    private static NoteSigner peterSigner() {
        byte[] typed = Base64.getDecoder().decode(PETER_SKEY_B64);
        return NoteSigner.ed25519("PeterNeumann", Ed25519PrivateKey.fromSeed(Arrays.copyOfRange(typed, 1, typed.length)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static NoteException.Code openCode(String note, List<NoteVerifierKey> keys) {
        try {
            SignedNote.open(utf8(note), keys);
        } catch (NoteException e) {
            return e.code();
        }
        throw new AssertionError("note opened but should not have");
    }

    @Test
    void signingWithGosTestKeyReproducesGosSignedNoteByteForByte() {
        NoteSigner signer = peterSigner();
        assertThat(signer.verifierKey().vkey()).isEqualTo(PETER_VKEY);
        assertThat(signer.sign(TEXT)).isEqualTo(TEXT + "\n" + PETER_SIG);
        assertThat(signer.signatureLine(TEXT)).isEqualTo(PETER_SIG);
    }

    @Test
    void everyProperSubstringAndEveryIncrementedCharacterOfAVkeyIsRejected() {
        for (int i = 0; i <= PETER_VKEY.length(); i++) {
            for (int j = i + 1; j <= PETER_VKEY.length(); j++) {
                if (i != 0 || j != PETER_VKEY.length()) {
                    String mangled = PETER_VKEY.substring(i, j);
                    assertThatThrownBy(() -> NoteVerifierKey.parse(mangled)).as(mangled).isInstanceOf(NoteException.class);
                }
            }
        }
        char[] chars = PETER_VKEY.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i]++;
            String mangled = new String(chars);
            assertThatThrownBy(() -> NoteVerifierKey.parse(mangled)).as(mangled).isInstanceOf(NoteException.class);
            chars[i]--;
        }
    }

    @Test
    void repeatedSignaturesAreCountedOnceAndUnknownOnesKeptUnverified() throws NoteException {
        String enochCorrupt = ENOCH_SIG.substring(0, 60) + "ABCD" + ENOCH_SIG.substring(60);
        String note = TEXT + "\n" + PETER_SIG + PETER_SIG + ENOCH_SIG + ENOCH_SIG + enochCorrupt;
        SignedNote opened = SignedNote.open(utf8(note), List.of(NoteVerifierKey.parse(PETER_VKEY)));
        assertThat(opened.verifiedBy()).extracting(NoteVerifierKey::name).containsExactly("PeterNeumann");
        assertThat(opened.unverifiedSignatures().stream().map(NoteSignature::base64).collect(Collectors.toList()))
                .containsExactly(ENOCH_SIG.substring(ENOCH_SIG.indexOf(' ', 2) + 1, ENOCH_SIG.length() - 1),
                        enochCorrupt.substring(enochCorrupt.indexOf(' ', 2) + 1, enochCorrupt.length() - 1));
        assertThat(opened.unverifiedSignatures().get(0).keyIdHex()).isEqualTo("af0cfe78");
    }

    @Test
    void twoKnownKeysWithTheSameNameAndIdAreAmbiguousOnlyWhenUsed() throws NoteException {
        NoteVerifierKey enoch = NoteVerifierKey.parse(ENOCH_VKEY);
        NoteVerifierKey peter = NoteVerifierKey.parse(PETER_VKEY);
        assertThat(openCode(TEXT + "\n" + ENOCH_SIG, List.of(enoch, peter, enoch)))
                .isEqualTo(NoteException.Code.NOTE_VERIFIER_AMBIGUOUS);
        assertThat(SignedNote.open(utf8(TEXT + "\n" + PETER_SIG), List.of(enoch, peter, enoch)).verifiedBy())
                .containsExactly(peter);
    }

    @Test
    void moreThanOneHundredSignaturesAreMalformedWhetherKnownOrNot() throws NoteException {
        List<NoteVerifierKey> peter = List.of(NoteVerifierKey.parse(PETER_VKEY));
        assertThat(openCode(TEXT + "\n" + PETER_SIG.repeat(101), peter)).isEqualTo(NoteException.Code.NOTE_MALFORMED);
        assertThat(openCode(TEXT + "\n" + PETER_SIG.repeat(101), List.of())).isEqualTo(NoteException.Code.NOTE_MALFORMED);
        assertThat(SignedNote.open(utf8(TEXT + "\n" + PETER_SIG.repeat(100)), peter).verifiedBy()).hasSize(1);
    }

    @Test
    void aSignatureNamingAKnownKeyIdUnderAnotherNameIsUnknownNotAccepted() throws NoteException {
        List<NoteVerifierKey> peter = List.of(NoteVerifierKey.parse(PETER_VKEY));
        String renamed = PETER_SIG.replace("PeterNeumann", "CarmenSandiego");
        assertThat(openCode(TEXT + "\n" + renamed, peter)).isEqualTo(NoteException.Code.NOTE_UNVERIFIED);
    }

    @Test
    void textWithBlankLinesIsSplitAtTheLastBlankLine() throws NoteException {
        NoteSigner signer = peterSigner();
        String text = "first paragraph\n\nsecond paragraph\n";
        SignedNote opened = SignedNote.open(utf8(signer.sign(text)), List.of(signer.verifierKey()));
        assertThat(opened.text()).isEqualTo(text);
    }

    @Test
    void signerRefusesTextThatNoReaderCouldOpen() {
        NoteSigner signer = peterSigner();
        for (String bad : List.of("", "no final newline", "tab\there\n", "cr\r\n", "lone \uD800 surrogate\n")) {
            assertThatThrownBy(() -> signer.sign(bad)).as(bad).hasMessageStartingWith("NOTE_TEXT_INVALID");
        }
        assertThatThrownBy(() -> SignedNote.sign(TEXT, List.of())).hasMessageStartingWith("NOTE_SIGNER_INVALID");
    }

    @Test
    void keyNamesWithUnicodeSpacesOrPlusAreRefused() {
        Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(new byte[32]);
        for (String bad : List.of("", "a b", "a+b", "a\u00a0b", "a\u3000b", "a\u2009b", "a\u0085b")) {
            assertThatThrownBy(() -> NoteSigner.ed25519(bad, key)).as(bad).hasMessageStartingWith("NOTE_KEY_NAME_INVALID");
        }
        assertThat(NoteSigner.ed25519("sovereign-vault/1234-56789-0123", key).name()).isEqualTo("sovereign-vault/1234-56789-0123");
    }

    @Test
    void signedNotesRoundTripWithSeveralSignersInOrder() throws NoteException {
        NoteSigner a = NoteSigner.ed25519("a.example/log", Ed25519PrivateKey.fromSeed(new byte[32]));
        NoteSigner b = peterSigner();
        String note = SignedNote.sign("hello \u00e9t\u00e9 \uD83D\uDD12\n", List.of(a, b));
        SignedNote opened = SignedNote.open(utf8(note), List.of(b.verifierKey(), a.verifierKey()));
        assertThat(opened.verifiedBy()).containsExactly(a.verifierKey(), b.verifierKey());
        assertThat(opened.unverifiedSignatures()).isEmpty();
        // A flipped byte in the signed text breaks the known signature.
        String tampered = note.replace("hello", "hellp");
        assertThat(openCode(tampered, List.of(a.verifierKey()))).isEqualTo(NoteException.Code.NOTE_SIGNATURE_INVALID);
    }

    @Test
    void overlongAndSurrogateUtf8EncodingsAreMalformed() throws NoteException {
        NoteSigner signer = peterSigner();
        byte[] good = utf8(signer.sign("x\n"));
        byte[][] inserts = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        for (byte[] insert : inserts) {
            byte[] bad = new byte[good.length + insert.length];
            System.arraycopy(insert, 0, bad, 0, insert.length);
            System.arraycopy(good, 0, bad, insert.length, good.length);
            assertThatThrownBy(() -> SignedNote.open(bad, List.of(signer.verifierKey())))
                    .isInstanceOfSatisfying(NoteException.class, e -> assertThat(e.code()).isEqualTo(NoteException.Code.NOTE_MALFORMED));
        }
        assertThat(SignedNote.open(good, List.of(signer.verifierKey())).text()).isEqualTo("x\n");
    }
}
