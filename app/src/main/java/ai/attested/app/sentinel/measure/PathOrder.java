package ai.attested.app.sentinel.measure;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** Orders relative POSIX paths by their UTF-8 bytes (unsigned), the order of the measurement set. */
public final class PathOrder {
    public static final Comparator<String> UTF8_BYTES = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private PathOrder() {
    }
}
