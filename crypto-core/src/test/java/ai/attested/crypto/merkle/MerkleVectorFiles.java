package ai.attested.crypto.merkle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Locates and decodes the published Merkle vectors under {@code ${vectors.dir}/vectors/merkle}. */
final class MerkleVectorFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private MerkleVectorFiles() {
    }

    static Path merkleDir() {
        String dir = System.getProperty("vectors.dir");
        if (dir == null) {
            throw new IllegalStateException("system property vectors.dir is not set (surefire sets it in crypto-core/pom.xml)");
        }
        Path merkle = Paths.get(dir, "vectors", "merkle");
        if (!Files.isDirectory(merkle)) {
            throw new IllegalStateException("no Merkle vectors at " + merkle.toAbsolutePath());
        }
        return merkle;
    }

    /** All *.json files below {@code merkle/<kind>}, sorted for a stable test order. */
    static List<Path> files(String kind) {
        try (Stream<Path> walk = Files.walk(merkleDir().resolve(kind))) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] b64(JsonNode node) {
        return Base64.getDecoder().decode(node.asText());
    }

    static byte[] hex(JsonNode node) {
        return HexFormat.of().parseHex(node.asText());
    }

    /** A null or missing proof means an empty one, as in the Go reference. */
    static List<byte[]> b64List(JsonNode node) {
        List<byte[]> out = new ArrayList<>();
        if (node != null && !node.isNull()) {
            node.forEach(element -> out.add(b64(element)));
        }
        return out;
    }

    static List<byte[]> hexList(JsonNode node) {
        List<byte[]> out = new ArrayList<>();
        node.forEach(element -> out.add(hex(element)));
        return out;
    }

    /**
     * The vectors carry Go uint64 values. The Java API takes signed longs, so values above
     * Long.MAX_VALUE (only 2^64-1 occurs) are passed with the same bits, i.e. as negative
     * numbers, which the API must reject just as Go rejects the huge value.
     */
    static long uint64(JsonNode node) {
        BigInteger value = node.bigIntegerValue();
        if (value.signum() < 0 || value.bitLength() > 64) {
            throw new IllegalArgumentException("not a uint64: " + value);
        }
        return value.compareTo(LONG_MAX) > 0 ? value.longValue() : value.longValueExact();
    }

    static String relative(Path file) {
        return merkleDir().relativize(file).toString();
    }
}
