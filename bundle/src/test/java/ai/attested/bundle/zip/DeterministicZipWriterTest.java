package ai.attested.bundle.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's bytes are reproducible and a standard ZIP that other tools read. */
class DeterministicZipWriterTest {
    @TempDir
    Path tmp;

    private static byte[] zip(List<String> names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeterministicZipWriter w = new DeterministicZipWriter(out)) {
            for (String n : names) {
                w.add(n, ("content of " + n).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        List<String> names = List.of("README.txt", "a/b.json", "a/c.json", "z.txt");
        assertThat(zip(names)).isEqualTo(zip(names));
    }

    @Test
    void javaZipFileReadsStoredEntriesWithTheFixedTimeAndNoExtras() throws IOException {
        Path f = tmp.resolve("t.zip");
        Files.write(f, zip(List.of("README.txt", "a/b.json", "\u00e9t\u00e9.txt")));
        try (ZipFile z = new ZipFile(f.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e : Collections.list(z.entries())) {
                names.add(e.getName());
                assertThat(e.getMethod()).isEqualTo(ZipEntry.STORED);
                assertThat(e.getExtra()).isNull();
                assertThat(e.getComment()).isNull();
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
                assertThat(new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("content of " + e.getName());
            }
            assertThat(names).containsExactly("README.txt", "a/b.json", "\u00e9t\u00e9.txt");
            assertThat(z.getComment()).isNull();
        }
    }

    @Test
    void moreThan65535EntriesUseZip64EndRecordsThatJavaReads() throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            names.add(String.format("r/%06d", i));
        }
        Path f = tmp.resolve("big.zip");
        Files.write(f, zip(names));
        try (ZipFile z = new ZipFile(f.toFile())) {
            assertThat(z.size()).isEqualTo(70_000);
            assertThat(new String(z.getInputStream(z.getEntry("r/069999")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("content of r/069999");
        }
    }

    @Test
    void refusesUnsortedDuplicateOrUnsafeNames() {
        assertThatThrownBy(() -> zip(List.of("b", "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> zip(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
        for (String bad : List.of("../x", "/abs", "a\\b", "C:x", "dir/", "a//b", "./a", "a\nb")) {
            assertThatThrownBy(() -> zip(List.of(bad))).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void sortsByUtf8BytesNotUtf16() {
        // U+FF61 is after U+1F600 in UTF-16 code units but before it in UTF-8 bytes.
        assertThat(ZipPaths.compareUtf8("\uFF61", "\uD83D\uDE00")).isNegative();
        assertThat("\uFF61".compareTo("\uD83D\uDE00")).isPositive();
        assertThat(ZipPaths.compareUtf8("README.txt", "bundle_manifest.json")).isNegative();
        assertThat(ZipPaths.compareUtf8("receipts/9999.json", "receipts/chain_head.json")).isNegative();
    }
}
