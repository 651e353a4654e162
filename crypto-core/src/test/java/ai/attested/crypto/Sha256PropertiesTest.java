package ai.attested.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class Sha256PropertiesTest {
    @Property(tries = 200)
    void incrementalHashingEqualsOneShotForAnySplit(@ForAll @Size(max = 5000) byte[] data,
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 5000) Integer> cuts) {
        Sha256.Hasher hasher = Sha256.newHasher();
        int pos = 0;
        boolean useBuffer = false;
        for (int cut : cuts) {
            int end = Math.max(pos, Math.min(cut, data.length));
            if (useBuffer) {
                hasher.update(ByteBuffer.wrap(data, pos, end - pos));
            } else {
                hasher.update(data, pos, end - pos);
            }
            useBuffer = !useBuffer;
            pos = end;
        }
        hasher.update(data, pos, data.length - pos);
        assertThat(hasher.digest()).isEqualTo(Sha256.digest(data));
    }

    @Property(tries = 100)
    void streamingEqualsOneShotWhateverTheReadSizes(@ForAll @Size(max = 20000) byte[] data,
            @ForAll @IntRange(min = 1, max = 4096) int maxChunk) throws IOException {
        // A stream that returns short reads, as pipes and sockets do.
        InputStream dribble = new ByteArrayInputStream(data) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, maxChunk));
            }
        };
        assertThat(Sha256.digest(dribble)).isEqualTo(Sha256.digest(data));
    }

    @Property(tries = 20)
    void hasherIsReusableAfterDigest(@ForAll @Size(max = 300) byte[] a, @ForAll @Size(max = 300) byte[] b) {
        Sha256.Hasher hasher = Sha256.newHasher();
        assertThat(hasher.update(a).digest()).isEqualTo(Sha256.digest(a));
        assertThat(hasher.update(b).digest()).isEqualTo(Sha256.digest(b));
    }
}
