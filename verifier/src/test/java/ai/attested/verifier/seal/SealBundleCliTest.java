package ai.attested.verifier.seal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.zip.DeterministicZipWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI branch on real ZIP files: verdicts, exit codes, and hostile inputs. */
class SealBundleCliTest {

    @Test
    void realZipVerifiesAndOneFlippedByteInAnyFileFails(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        Path zip = dir.resolve("VerifiedBundle.zip");
        byte[] bytes = zipOf(SealBundleFixtures.bundle(dir, true));
        Files.write(zip, bytes);
        assertThat(SealBundleCli.handles(zip)).isTrue();
        Run ok = run(zip, dir.resolve("report.bin"));
        assertThat(ok.code).isEqualTo(2);
        assertThat(ok.out).contains("original: OK (seal #2, FILE report.bin", "overall: PASS_WITH_CAVEATS");

        // STORED entries appear verbatim in the ZIP: flip the middle byte of each file's data in place.
        TreeMap<String, byte[]> entries = SealBundleFixtures.bundle(dir, true);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            int offset = indexOf(bytes, e.getValue());
            assertThat(offset).as(e.getKey()).isPositive();
            byte[] bad = bytes.clone();
            bad[offset + e.getValue().length / 2] ^= 0x01;
            Files.write(zip, bad);
            Run r = run(zip, dir.resolve("report.bin"));
            assertThat(r.code).as(e.getKey() + "\n" + r.out + r.err).isIn(1, 3);
            assertThat(r.out + r.err).as(e.getKey()).containsPattern("error_code: [A-Z_]+|verifier: [A-Z_]+");
        }
    }

    @Test
    void sameInputsGiveByteIdenticalZips(@TempDir Path dir) throws Exception {
        SealBundleFixtures.writeOriginals(dir);
        assertThat(zipOf(SealBundleFixtures.bundle(dir, true))).isEqualTo(zipOf(SealBundleFixtures.bundle(dir, true)));
    }

    @Test
    void hostileInputsAreErrorsWithCodes(@TempDir Path dir) throws Exception {
        Path notZip = Files.writeString(dir.resolve("x.zip"), "this is not a zip");
        Run r = run(notZip, null);
        assertThat(r.code).isEqualTo(3);
        assertThat(r.err).startsWith("verifier: ").contains("_");

        SealBundleFixtures.writeOriginals(dir);
        byte[] bytes = zipOf(SealBundleFixtures.bundle(dir, false));
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        // A ZIP the reader refuses is a FAIL naming its code, as for evidence bundles (decision 0105); no ZIP at all is exit 3.
        Run cut = run(truncated, null);
        assertThat(cut.code).isEqualTo(1);
        assertThat(cut.out).contains("overall: FAIL\nerror_code: BUNDLE_TRUNCATED (");

        Path other = dir.resolve("other.zip");
        TreeMap<String, byte[]> foreign = new TreeMap<>();
        foreign.put("bundle_manifest.json", "{\"files\":[]}".getBytes(StandardCharsets.UTF_8));
        Files.write(other, zipOf(foreign));
        assertThat(SealBundleCli.handles(other)).isFalse();
        Run o = run(other, null);
        assertThat(o.code).isEqualTo(3);
        assertThat(o.err).contains("BUNDLE_KIND_UNKNOWN");

        Path good = dir.resolve("good.zip");
        Files.write(good, bytes);
        Run missing = run(good, dir.resolve("no-such-original"));
        assertThat(missing.code).isEqualTo(3);
        assertThat(missing.err).contains("ORIGINAL_UNREADABLE");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] zipOf(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeterministicZipWriter z = new DeterministicZipWriter(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.add(e.getKey(), e.getValue());
            }
            z.finish();
        }
        return out.toByteArray();
    }

    private static Run run(Path zip, Path original) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SealBundleCli.run(zip, Optional.ofNullable(original), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
