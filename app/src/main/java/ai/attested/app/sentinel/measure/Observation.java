package ai.attested.app.sentinel.measure;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One file as last seen: its fingerprint before hashing, the digest, and whether the fingerprint was
 * the same after hashing (if not, the file changed while being read and is hashed again next tick).
 */
record Observation(Status status, Fingerprint fingerprint, byte[] digest, boolean encodingValid, boolean stable) {

    enum Status { PRESENT, MISSING, UNREADABLE }

    /** Digest slot of a missing file in an observed composite. */
    static final byte[] MISSING_SLOT = new byte[32];
    /** Digest slot of an entry that is not a readable regular file. */
    static final byte[] UNREADABLE_SLOT = filled((byte) 0xFF);

    static Observation observe(Path file, Normalization normalization, FileDigester digester) {
        Fingerprint before;
        try {
            before = Fingerprint.of(file);
        } catch (NoSuchFileException e) {
            return missing();
        } catch (IOException e) {
            return new Observation(Status.UNREADABLE, null, UNREADABLE_SLOT, true, true);
        }
        if (!before.regularFile()) {
            return new Observation(Status.UNREADABLE, before, UNREADABLE_SLOT, true, true);
        }
        FileDigest d;
        try {
            d = digester.digest(file, normalization);
        } catch (NoSuchFileException e) {
            return missing();
        } catch (IOException e) {
            return new Observation(Status.UNREADABLE, before, UNREADABLE_SLOT, true, false);
        }
        boolean stable;
        try {
            stable = before.equals(Fingerprint.of(file));
        } catch (IOException e) {
            stable = false;
        }
        return new Observation(Status.PRESENT, before, d.sha256(), d.encodingValid(), stable);
    }

    static Observation missing() {
        return new Observation(Status.MISSING, null, MISSING_SLOT, true, true);
    }

    /** True when this observation is the baseline digest, present, and valid under its encoding. */
    boolean matches(byte[] baseline) {
        return status == Status.PRESENT && encodingValid && Arrays.equals(digest, baseline);
    }

    private static byte[] filled(byte b) {
        byte[] a = new byte[32];
        Arrays.fill(a, b);
        return a;
    }
}
