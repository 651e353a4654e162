package ai.attested.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointTest {
    private static final byte[] ROOT = sampleRoot();

    private static byte[] sampleRoot() {
        byte[] root = new byte[32];
        for (int i = 0; i < root.length; i++) {
            root[i] = (byte) (i * 7);
        }
        return root;
    }

    private static String rootB64() {
        return Base64.getEncoder().encodeToString(ROOT);
    }

    @Test
    void textRoundTripsWithAndWithoutExtensionLines() throws NoteException {
        Checkpoint plain = new Checkpoint("sovereign-vault/1234-56789-0123", 100, ROOT);
        assertThat(plain.toText()).isEqualTo("sovereign-vault/1234-56789-0123\n100\n" + rootB64() + "\n");
        assertThat(Checkpoint.parse(plain.toText())).isEqualTo(plain);
        Checkpoint extended = new Checkpoint("o", 0, ROOT, List.of("ext one", "\u2014 two"));
        assertThat(Checkpoint.parse(extended.toText()).extensions()).containsExactly("ext one", "\u2014 two");
    }

    @Test
    void malformedBodiesAreRejectedWithCheckpointMalformed() {
        String root = rootB64();
        List<String> bad = List.of(
                "origin\n1\n" + root,                       // no final newline
                "origin\n1\n",                              // two lines
                "\n1\n" + root + "\n",                      // empty origin
                "origin\n01\n" + root + "\n",               // leading zero
                "origin\n+1\n" + root + "\n",               // sign
                "origin\n-1\n" + root + "\n",               // negative
                "origin\n 1\n" + root + "\n",               // space
                "origin\n\u0661\n" + root + "\n",           // non-ASCII digit
                "origin\n18446744073709551616\n" + root + "\n", // beyond 64 bits
                "origin\n9223372036854775808\n" + root + "\n",  // beyond a signed long
                "origin\n1\n" + root.substring(0, 43) + "\n",   // unpadded base64
                "origin\n1\nAAAA\n",                        // 3 bytes, not 32
                "origin\n1\n" + root.replace('+', '-') + "_\n", // base64url alphabet
                "origin\n1\n" + Base64.getEncoder().encodeToString(new byte[31]).replace("=", "B") + "\n",
                "origin\n1\n" + root + "\n\n",              // empty extension line
                "origin\r\n1\n" + root + "\n",              // carriage return
                "origin\n1\n" + root + "\nbad\u0007ext\n"); // control character
        for (String text : bad) {
            assertThatThrownBy(() -> Checkpoint.parse(text)).as(text)
                    .isInstanceOfSatisfying(NoteException.class,
                            e -> assertThat(e.code()).isEqualTo(NoteException.Code.CHECKPOINT_MALFORMED));
        }
    }

    @Test
    void rootWithNonZeroTrailingBitsIsNotCanonicalAndRejected() {
        // 32 bytes -> 44 chars with one '=': the last data char carries 2 unused bits.
        String canonical = rootB64();
        char last = canonical.charAt(42);
        assertThat(last).isEqualTo('k'); // value 36: low 2 bits zero, so +1 sets an unused bit
        String sloppy = canonical.substring(0, 42) + (char) (last + 1) + "=";
        assertThat(Base64.getDecoder().decode(sloppy)).isEqualTo(ROOT);
        assertThatThrownBy(() -> Checkpoint.parse("o\n1\n" + sloppy + "\n")).isInstanceOf(NoteException.class);
    }

    @Test
    void largestSignedSizeIsAccepted() throws NoteException {
        assertThat(Checkpoint.parse("o\n9223372036854775807\n" + rootB64() + "\n").treeSize()).isEqualTo(Long.MAX_VALUE);
        assertThat(Checkpoint.parse("o\n0\n" + rootB64() + "\n").treeSize()).isZero();
    }

    @Test
    void constructorRefusesValuesThatCouldNotBeParsedBack() {
        assertThatThrownBy(() -> new Checkpoint("", 1, ROOT)).hasMessageStartingWith("CHECKPOINT_INVALID");
        assertThatThrownBy(() -> new Checkpoint("a\nb", 1, ROOT)).hasMessageStartingWith("CHECKPOINT_INVALID");
        assertThatThrownBy(() -> new Checkpoint("o", -1, ROOT)).hasMessageStartingWith("CHECKPOINT_INVALID");
        assertThatThrownBy(() -> new Checkpoint("o", 1, new byte[31])).hasMessageStartingWith("CHECKPOINT_INVALID");
        assertThatThrownBy(() -> new Checkpoint("o", 1, ROOT, List.of(""))).hasMessageStartingWith("CHECKPOINT_INVALID");
    }

    @Test
    void signedCheckpointOpensOnlyWithTheRightKeyAndIsDeterministic() throws NoteException {
        NoteSigner signer = NoteSigner.ed25519("sovereign-vault/1234-56789-0123", Ed25519PrivateKey.fromSeed(ROOT));
        Checkpoint checkpoint = new Checkpoint("sovereign-vault/1234-56789-0123", 200, ROOT);
        String note = signer.sign(checkpoint.toText());
        assertThat(signer.sign(checkpoint.toText())).isEqualTo(note);
        assertThat(Checkpoint.open(note.getBytes(StandardCharsets.UTF_8), List.of(signer.verifierKey()))).isEqualTo(checkpoint);
        NoteSigner other = NoteSigner.ed25519("sovereign-vault/1234-56789-0123", Ed25519PrivateKey.fromSeed(new byte[32]));
        assertThatThrownBy(() -> Checkpoint.open(note.getBytes(StandardCharsets.UTF_8), List.of(other.verifierKey())))
                .isInstanceOfSatisfying(NoteException.class, e -> assertThat(e.code()).isEqualTo(NoteException.Code.NOTE_UNVERIFIED));
    }

    @Test
    void rootHashGetterReturnsACopy() {
        Checkpoint checkpoint = new Checkpoint("o", 1, ROOT);
        checkpoint.rootHash()[0] ^= 1;
        assertThat(checkpoint.rootHash()).isEqualTo(ROOT);
    }
}
