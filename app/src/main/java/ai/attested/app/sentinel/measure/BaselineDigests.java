package ai.attested.app.sentinel.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Digests a whole list of files at once on a few threads, for minting a baseline. */
public final class BaselineDigests {
    private BaselineDigests() {
    }

    /** Digests of {@code paths} (relative to the tree) in the same order; an I/O error is rethrown. */
    public static List<FileDigest> of(SubjectTree tree, List<String> paths, Normalization normalization) throws IOException {
        try (ParallelDigests digests = new ParallelDigests()) {
            return digests.map(paths, (path, digester) -> {
                try {
                    return digester.digest(tree.resolve(path), normalization);
                } catch (IOException e) {
                    throw new UncheckedIOException(path, e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
