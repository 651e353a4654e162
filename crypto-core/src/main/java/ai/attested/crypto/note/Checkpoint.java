package ai.attested.crypto.note;

import ai.attested.crypto.Base64s;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A c2sp.org/tlog-checkpoint note body: origin line, tree size in decimal, base64 root hash, then
 * optional extension lines; every line non-empty and newline-terminated. Immutable.
 *
 * <p>Parsing is strict: no leading zeros in the size (except "0"), the size fits a signed 64-bit
 * long, the root is canonical padded standard base64 of exactly 32 bytes (SHA-256), and the text
 * follows the signed-note character rules.
 */
public final class Checkpoint {
    /** Size of an RFC 9162 SHA-256 root hash. */
    public static final int ROOT_HASH_SIZE = 32;

    private final String origin;
    private final long treeSize;
    private final byte[] rootHash;
    private final List<String> extensions;

    /**
     * @throws IllegalArgumentException ({@code CHECKPOINT_INVALID}) if a line would be empty or
     *     hold a newline/control character, the size is negative or the root is not 32 bytes
     */
    public Checkpoint(String origin, long treeSize, byte[] rootHash, List<String> extensions) {
        requireLine(origin, "origin");
        if (treeSize < 0) {
            throw new IllegalArgumentException("CHECKPOINT_INVALID: tree size must not be negative");
        }
        if (rootHash == null || rootHash.length != ROOT_HASH_SIZE) {
            throw new IllegalArgumentException("CHECKPOINT_INVALID: root hash must be " + ROOT_HASH_SIZE + " bytes");
        }
        List<String> ext = new ArrayList<>(extensions == null ? List.of() : extensions);
        for (String line : ext) {
            requireLine(line, "extension line");
        }
        this.origin = origin;
        this.treeSize = treeSize;
        this.rootHash = rootHash.clone();
        this.extensions = Collections.unmodifiableList(ext);
    }

    /** A checkpoint without extension lines. */
    public Checkpoint(String origin, long treeSize, byte[] rootHash) {
        this(origin, treeSize, rootHash, List.of());
    }

    /**
     * Parses a checkpoint body (the text of a signed note, see {@link SignedNote#text()}).
     *
     * @throws NoteException {@code CHECKPOINT_MALFORMED} with a sentence naming the defect
     */
    public static Checkpoint parse(String text) throws NoteException {
        if (text == null || !text.endsWith("\n") || !NoteSyntax.isNoteText(text)) {
            throw malformed("a checkpoint is newline-terminated text without control characters");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw malformed("a checkpoint has at least three lines: origin, tree size, root hash");
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw malformed("line " + (i + 1) + " is empty; checkpoint lines must be non-empty");
            }
        }
        long size = parseSize(lines[1]);
        byte[] root = decodeRoot(lines[2]);
        return new Checkpoint(lines[0], size, root, Arrays.asList(lines).subList(3, lines.length));
    }

    /**
     * Opens a signed checkpoint: verifies the note with {@link SignedNote#open} and parses its text.
     *
     * @throws NoteException any code of {@code SignedNote.open}, or {@code CHECKPOINT_MALFORMED}
     */
    public static Checkpoint open(byte[] signedNote, Collection<NoteVerifierKey> known) throws NoteException {
        return parse(SignedNote.open(signedNote, known).text());
    }

    private static long parseSize(String line) throws NoteException {
        boolean digitsOnly = !line.isEmpty() && line.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digitsOnly || (line.length() > 1 && line.charAt(0) == '0')) {
            throw malformed("the tree size must be a decimal number without sign or leading zeros");
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException tooLarge) {
            throw malformed("the tree size " + line + " is larger than this implementation supports");
        }
    }

    private static byte[] decodeRoot(String line) throws NoteException {
        byte[] root;
        try {
            root = Base64s.decodeStd(line);
        } catch (IllegalArgumentException notBase64) {
            root = null;
        }
        if (root == null || root.length != ROOT_HASH_SIZE) {
            throw malformed("the root hash must be the canonical standard base64 of " + ROOT_HASH_SIZE + " bytes");
        }
        return root;
    }

    private static void requireLine(String line, String what) {
        if (line == null || line.isEmpty() || line.indexOf('\n') >= 0 || !NoteSyntax.isNoteText(line)) {
            throw new IllegalArgumentException("CHECKPOINT_INVALID: the " + what
                    + " must be a non-empty line without control characters");
        }
    }

    private static NoteException malformed(String sentence) {
        return new NoteException(NoteException.Code.CHECKPOINT_MALFORMED, sentence);
    }

    /** The note text: origin, size, root hash and extension lines, each ending with a newline. */
    public String toText() {
        StringBuilder text = new StringBuilder()
                .append(origin).append('\n')
                .append(treeSize).append('\n')
                .append(NoteSyntax.encodeBase64(rootHash)).append('\n');
        for (String line : extensions) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    public String origin() {
        return origin;
    }

    public long treeSize() {
        return treeSize;
    }

    /** The 32-byte root hash (a copy). */
    public byte[] rootHash() {
        return rootHash.clone();
    }

    public List<String> extensions() {
        return extensions;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Checkpoint)) {
            return false;
        }
        Checkpoint that = (Checkpoint) other;
        return origin.equals(that.origin) && treeSize == that.treeSize
                && Arrays.equals(rootHash, that.rootHash) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * origin.hashCode() + Long.hashCode(treeSize)) + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", " + treeSize + ", " + NoteSyntax.encodeBase64(rootHash) + "]";
    }
}
