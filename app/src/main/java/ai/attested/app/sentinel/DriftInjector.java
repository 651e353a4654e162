package ai.attested.app.sentinel;

import ai.attested.app.AppException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The deterministic drift injector of seed 004 §8: appends {@code "\nDRIFT-INJECTED"} to the drift target. */
public final class DriftInjector {
    public static final byte[] MARK = "\nDRIFT-INJECTED".getBytes(StandardCharsets.UTF_8);

    private DriftInjector() {
    }

    /** Appends the mark to {@code relativePath} under {@code root}. */
    public static void inject(Path root, String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root.normalize()) || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new AppException("DRIFT_TARGET_INVALID", "The drift target " + relativePath + " is not a file in the watched folder.");
        }
        try {
            Files.write(target, MARK, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new AppException("DRIFT_INJECT_FAILED", "Drift could not be injected into " + relativePath + ": " + e.getMessage(), e);
        }
    }
}
