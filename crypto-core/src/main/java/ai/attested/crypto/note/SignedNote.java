package ai.attested.crypto.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A verified c2sp.org/signed-note: text, a blank line, then signature lines
 * {@code — <key name> <base64(key ID ‖ signature)>}.
 *
 * <p>{@link #open(byte[], Collection)} behaves as golang.org/x/mod/sumdb/note {@code Open}:
 * <ul>
 *   <li>the note must be valid UTF-8 with no control character other than newline;</li>
 *   <li>the text is everything up to and including the newline before the <em>last</em> blank
 *       line; the signature block after it must be non-empty and end with a newline;</li>
 *   <li>every line after the blank line must be a well-formed signature line; more than
 *       {@value #MAX_SIGNATURES} signature lines make the note malformed;</li>
 *   <li>signatures by unknown keys (name and key ID together) are kept as unverified and never
 *       checked; repeated identical ones are listed once;</li>
 *   <li>a known key whose signature fails rejects the whole note; a second signature by the same
 *       known key is ignored;</li>
 *   <li>at least one known key must have signed, otherwise the note is rejected.</li>
 * </ul>
 * Immutable.
 */
public final class SignedNote {
    /** The most signature lines a note may carry (as in the Go implementation). */
    public static final int MAX_SIGNATURES = 100;
    static final String SIGNATURE_PREFIX = "\u2014 ";

    private final String text;
    private final List<NoteVerifierKey> verifiedBy;
    private final List<NoteSignature> unverified;

    private SignedNote(String text, List<NoteVerifierKey> verifiedBy, List<NoteSignature> unverified) {
        this.text = text;
        this.verifiedBy = Collections.unmodifiableList(verifiedBy);
        this.unverified = Collections.unmodifiableList(unverified);
    }

    /**
     * Parses {@code note} and verifies its signatures against the {@code known} keys.
     *
     * @throws NoteException {@code NOTE_MALFORMED}, {@code NOTE_SIGNATURE_INVALID},
     *     {@code NOTE_VERIFIER_AMBIGUOUS} or {@code NOTE_UNVERIFIED}
     */
    public static SignedNote open(byte[] note, Collection<NoteVerifierKey> known) throws NoteException {
        if (note == null) {
            throw malformed("the note is missing");
        }
        Optional<String> decoded = NoteSyntax.decodeUtf8(note);
        if (decoded.isEmpty() || !NoteSyntax.isNoteText(decoded.get())) {
            throw malformed("a note must be valid UTF-8 without control characters other than newline");
        }
        String all = decoded.get();
        int split = all.lastIndexOf("\n\n");
        if (split < 0) {
            throw malformed("a note needs a blank line before its signatures");
        }
        String text = all.substring(0, split + 1);
        String block = all.substring(split + 2);
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw malformed("the signature block must hold at least one line and end with a newline");
        }
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        Map<String, List<NoteVerifierKey>> byNameAndId = index(known);
        Set<String> seenKnown = new HashSet<>();
        Set<String> seenUnknownLines = new HashSet<>();
        List<NoteVerifierKey> verified = new ArrayList<>();
        List<NoteSignature> unverified = new ArrayList<>();
        int count = 0;
        for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
            SignatureLine parsed = SignatureLine.parse(line);
            if (++count > MAX_SIGNATURES) {
                throw malformed("a note may carry at most " + MAX_SIGNATURES + " signatures");
            }
            String nameAndId = parsed.name + "+" + NoteSyntax.hex32(parsed.keyId);
            List<NoteVerifierKey> candidates = byNameAndId.get(nameAndId);
            if (candidates == null) {
                if (seenUnknownLines.add(line)) {
                    unverified.add(new NoteSignature(parsed.name, parsed.keyId, parsed.base64));
                }
                continue;
            }
            if (candidates.size() > 1) {
                throw new NoteException(NoteException.Code.NOTE_VERIFIER_AMBIGUOUS,
                        "more than one known key is named " + nameAndId);
            }
            if (!seenKnown.add(nameAndId)) {
                continue;
            }
            NoteVerifierKey key = candidates.get(0);
            if (!key.verifies(textBytes, parsed.signature)) {
                throw new NoteException(NoteException.Code.NOTE_SIGNATURE_INVALID,
                        "the signature of known key " + nameAndId + " does not verify");
            }
            verified.add(key);
        }
        if (verified.isEmpty()) {
            throw new NoteException(NoteException.Code.NOTE_UNVERIFIED,
                    "no known key signed this note (" + unverified.size() + " signatures by unknown keys)");
        }
        return new SignedNote(text, verified, unverified);
    }

    /**
     * Returns {@code text} signed by every signer, in order: the text, a blank line, one
     * signature line per signer.
     *
     * @throws IllegalArgumentException ({@code NOTE_TEXT_INVALID}) if {@code open} would refuse
     *     the text, or if no signer is given
     */
    public static String sign(String text, List<NoteSigner> signers) {
        requireSignableText(text);
        if (signers == null || signers.isEmpty()) {
            throw new IllegalArgumentException("NOTE_SIGNER_INVALID: a signed note needs at least one signer");
        }
        StringBuilder note = new StringBuilder(text).append('\n');
        for (NoteSigner signer : signers) {
            note.append(signer.signatureLine(text));
        }
        return note.toString();
    }

    static void requireSignableText(String text) {
        if (text == null || text.isEmpty() || !text.endsWith("\n") || !NoteSyntax.isNoteText(text)) {
            throw new IllegalArgumentException("NOTE_TEXT_INVALID: note text must be non-empty, end with a newline"
                    + " and contain no control character other than newline");
        }
    }

    private static Map<String, List<NoteVerifierKey>> index(Collection<NoteVerifierKey> known) {
        Map<String, List<NoteVerifierKey>> byNameAndId = new HashMap<>();
        if (known != null) {
            for (NoteVerifierKey key : known) {
                byNameAndId.computeIfAbsent(key.name() + "+" + key.keyIdHex(), k -> new ArrayList<>()).add(key);
            }
        }
        return byNameAndId;
    }

    static NoteException malformed(String sentence) {
        return new NoteException(NoteException.Code.NOTE_MALFORMED, sentence);
    }

    /** The signed text, ending with its final newline (the blank separator line excluded). */
    public String text() {
        return text;
    }

    /** The known keys whose signatures verified, in the order of their signature lines. */
    public List<NoteVerifierKey> verifiedBy() {
        return verifiedBy;
    }

    /** Signatures by keys that were not given to {@code open}; never verified. */
    public List<NoteSignature> unverifiedSignatures() {
        return unverified;
    }

    /** One parsed signature line. */
    private static final class SignatureLine {
        final String name;
        final int keyId;
        final byte[] signature;
        final String base64;

        private SignatureLine(String name, int keyId, byte[] signature, String base64) {
            this.name = name;
            this.keyId = keyId;
            this.signature = signature;
            this.base64 = base64;
        }

        static SignatureLine parse(String line) throws NoteException {
            if (!line.startsWith(SIGNATURE_PREFIX)) {
                throw malformed("every line after the blank line must be a signature line starting with an em dash");
            }
            String rest = line.substring(SIGNATURE_PREFIX.length());
            int space = rest.indexOf(' ');
            String name = space < 0 ? rest : rest.substring(0, space);
            String base64 = space < 0 ? "" : rest.substring(space + 1);
            Optional<byte[]> raw = NoteSyntax.decodeBase64(base64);
            if (!NoteSyntax.isValidName(name) || base64.isEmpty() || raw.isEmpty() || raw.get().length < 5) {
                throw malformed("a signature line is \"\u2014 <key name> <base64 signature>\"");
            }
            byte[] bytes = raw.get();
            int keyId = ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
            byte[] signature = new byte[bytes.length - 4];
            System.arraycopy(bytes, 4, signature, 0, signature.length);
            return new SignatureLine(name, keyId, signature, base64);
        }
    }
}
