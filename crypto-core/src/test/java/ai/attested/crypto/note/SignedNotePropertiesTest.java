package ai.attested.crypto.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.crypto.sig.Ed25519PrivateKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Signed checkpoints round-trip, and no single flipped bit anywhere in a note survives opening. */
class SignedNotePropertiesTest {
    private static final NoteSigner SIGNER = NoteSigner.ed25519("sovereign-vault/0000-00000-0000",
            Ed25519PrivateKey.fromSeed(new byte[] {
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}));

    @Provide
    Arbitrary<byte[]> roots() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32);
    }

    @Property(tries = 30)
    void signedCheckpointsOpenToTheSameCheckpoint(@ForAll("roots") byte[] root,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int size) throws NoteException {
        Checkpoint checkpoint = new Checkpoint(SIGNER.name(), size, root);
        byte[] note = SIGNER.sign(checkpoint.toText()).getBytes(StandardCharsets.UTF_8);
        assertThat(Checkpoint.open(note, List.of(SIGNER.verifierKey()))).isEqualTo(checkpoint);
    }

    /* Each try opens the note once per byte (about 190 Ed25519 verifications), hence few tries. */
    @Property(tries = 12)
    void everySingleBitFlipAnywhereInASignedNoteIsRejected(@ForAll("roots") byte[] root,
            @ForAll @IntRange(min = 0, max = 1_000_000) int size, @ForAll @IntRange(min = 0, max = 7) int bit) {
        byte[] note = SIGNER.sign(new Checkpoint(SIGNER.name(), size, root).toText()).getBytes(StandardCharsets.UTF_8);
        for (int position = 0; position < note.length; position++) {
            byte[] flipped = note.clone();
            flipped[position] ^= (byte) (1 << bit);
            int at = position;
            assertThatThrownBy(() -> SignedNote.open(flipped, List.of(SIGNER.verifierKey())))
                    .as("bit %d of byte %d", bit, at).isInstanceOf(NoteException.class);
        }
    }
}
