package ai.attested.app.vault;

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
    /** Big-endian seq and length prefixes, reused for every row (the scan adds 100,000 rows). */
    private final byte[] prefix = new byte[8];
    private long count;

    RowDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    void add(SealRow s) {
        long seq = s.seq();
        for (int i = 0; i < 8; i++) {
            prefix[i] = (byte) (seq >>> (56 - 8 * i));
        }
        md.update(prefix, 0, 8);
        field(s.prevSealHash());
        field(s.sealHash());
        field(s.deviceTime());
        field(s.subjectKind());
        field(s.subjectName());
        field(s.subjectHash());
        field(s.description());
        field(s.json());
        count++;
    }

    private void field(String s) {
        field(s.getBytes(StandardCharsets.UTF_8));
    }

    private void field(byte[] b) {
        int n = b.length;
        prefix[0] = (byte) (n >>> 24);
        prefix[1] = (byte) (n >>> 16);
        prefix[2] = (byte) (n >>> 8);
        prefix[3] = (byte) n;
        md.update(prefix, 0, 4);
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
}
