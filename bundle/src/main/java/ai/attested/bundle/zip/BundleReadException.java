package ai.attested.bundle.zip;

import ai.attested.crypto.CodedException;
import java.util.Optional;

/** A bundle ZIP was refused: a stable {@link ZipError} code, the entry concerned if any, and a plain sentence. */
public final class BundleReadException extends CodedException {
    private static final long serialVersionUID = 1L;
    private final ZipError code;
    private final String entry;

    public BundleReadException(ZipError code, String entry, String sentence) {
        super(code.name(), sentence, null);
        this.code = code;
        this.entry = entry == null ? null : ZipPaths.printable(entry);
    }

    public BundleReadException(ZipError code, String sentence) {
        this(code, null, sentence);
    }

    public ZipError code() {
        return code;
    }

    /** The offending entry name, made printable (control and non-ASCII characters escaped). */
    public Optional<String> entry() {
        return Optional.ofNullable(entry);
    }
}
