package ai.attested.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Reads the published conformance files under {@code ${vectors.dir}} (the test-vectors module folder). */
public final class VectorFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VectorFiles() {
    }

    /** {@code ${vectors.dir}/<first>/<more...>}, which must exist. */
    public static Path path(String first, String... more) {
        String dir = System.getProperty("vectors.dir");
        if (dir == null) {
            throw new IllegalStateException("system property vectors.dir is not set (surefire sets it in crypto-core/pom.xml)");
        }
        Path p = Paths.get(dir, first).resolve(Paths.get("", more));
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing vector file " + p.toAbsolutePath());
        }
        return p;
    }

    /** A file under {@code vectors/}. */
    public static Path vector(String relative) {
        return path("vectors", relative.split("/"));
    }

    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vector files are trusted test data; a plain Jackson read keeps the runner independent of StrictJson. */
    public static JsonNode json(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
