package ai.attested.app.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A running SHA-256 over every stored seal row (all columns, length-prefixed, in seq order). The
 * operator-signed verified state records its value, so a later open can prove that rows 1..N are
 * byte for byte the rows that were fully verified before.
 */
final class RowDigest {

    private final MessageDigest md;
    private long count;

    RowDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private RowDigest(MessageDigest md, long count) {
        this.md = md;
        this.count = count;
    }

    void add(StoredSeal s, byte[] jsonUtf8) {
        md.update(ByteBuffer.allocate(8).putLong(s.seq()).array());
        field(s.prevSealHash().getBytes(StandardCharsets.UTF_8));
        field(s.sealHash().getBytes(StandardCharsets.UTF_8));
        field(s.deviceTime().getBytes(StandardCharsets.UTF_8));
        field(s.subjectKind().getBytes(StandardCharsets.UTF_8));
        field(s.subjectName().getBytes(StandardCharsets.UTF_8));
        field(s.subjectHash().getBytes(StandardCharsets.UTF_8));
        field(s.description().getBytes(StandardCharsets.UTF_8));
        field(jsonUtf8);
        count++;
    }

    private void field(byte[] b) {
        md.update(ByteBuffer.allocate(4).putInt(b.length).array());
        md.update(b);
    }

    long count() {
        return count;
    }

    /** The digest so far, leaving this running digest untouched. */
    String currentHex() {
        try {
            return ai.attested.crypto.Hex.encode(((MessageDigest) md.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests are cloneable in every JDK", e);
        }
    }

    RowDigest copy() {
        try {
            return new RowDigest((MessageDigest) md.clone(), count);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests are cloneable in every JDK", e);
        }
    }
}
