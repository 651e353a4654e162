package ai.attested.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** NIST CAVP SHAVS SHA-256 ShortMsg (65) and LongMsg (64), through every entry point. */
class Sha256VectorsTest {
    private record Vector(String file, int bits, byte[] msg, String md) {
    }

    private static List<Vector> read(String file) {
        List<Vector> out = new ArrayList<>();
        int bits = -1;
        String msg = null;
        for (String raw : VectorFiles.lines(VectorFiles.vector("sha256/" + file))) {
            String line = raw.trim();
            if (line.startsWith("Len = ")) {
                bits = Integer.parseInt(line.substring(6));
            } else if (line.startsWith("Msg = ")) {
                msg = line.substring(6);
            } else if (line.startsWith("MD = ")) {
                byte[] full = Hex.decode(msg);
                out.add(new Vector(file, bits, Arrays.copyOf(full, bits / 8), line.substring(5)));
            }
        }
        return out;
    }

    private static List<Vector> all() {
        List<Vector> all = new ArrayList<>(read("SHA256ShortMsg.rsp"));
        all.addAll(read("SHA256LongMsg.rsp"));
        return all;
    }

    @Test
    void filesHold65ShortAnd64LongMessages() {
        assertThat(read("SHA256ShortMsg.rsp")).hasSize(65);
        assertThat(read("SHA256LongMsg.rsp")).hasSize(64);
        assertThat(read("SHA256ShortMsg.rsp").get(0).msg()).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyMessageDigestsToMd() {
        return all().stream().map(v -> DynamicTest.dynamicTest(v.file() + " Len=" + v.bits(), () -> {
            assertThat(Sha256.hex(v.msg())).isEqualTo(v.md());
            assertThat(Hex.encode(Sha256.digest(new ByteArrayInputStream(v.msg())))).isEqualTo(v.md());
            Sha256.Hasher h = Sha256.newHasher();
            int half = v.msg().length / 2;
            h.update(v.msg(), 0, half);
            h.update(ByteBuffer.wrap(v.msg(), half, v.msg().length - half));
            assertThat(Hex.encode(h.digest())).isEqualTo(v.md());
        }));
    }
}
