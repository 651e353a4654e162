package ai.attested.app.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.attested.app.AppException;
import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.SubjectKind;
import ai.attested.crypto.Sha256;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectHasherTest {
    private final SubjectHasher hasher = new SubjectHasher(SealLimits.defaults());

    @Test
    void fileDigestMatchesOneShotDigestAndProgressReachesTheTotal(@TempDir Path dir) throws Exception {
        byte[] data = new byte[3 * StreamingFileHasher.BUFFER_BYTES + 12345];
        new Random(7).nextBytes(data);
        Path f = Files.write(dir.resolve("report.bin"), data);
        List<HashProgress.Snapshot> seen = new ArrayList<>();
        HashedSubject h = hasher.file(f, seen::add, new CancelToken());
        assertThat(h.subject().kind()).isEqualTo(SubjectKind.FILE);
        assertThat(h.subject().name()).isEqualTo("report.bin");
        assertThat(h.subject().sizeBytes()).isEqualTo(data.length);
        assertThat(h.subject().sha256()).isEqualTo(Sha256.hex(data));
        HashProgress.Snapshot last = seen.get(seen.size() - 1);
        assertThat(last.bytesDone()).isEqualTo(data.length);
        assertThat(last.filesDone()).isEqualTo(1);
        assertThat(last.fraction()).isEqualTo(1.0);
    }

    @Test
    void tenGibSparseFileHashesInConstantMemory(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sparse-10g.img");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(10L << 30);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long baseline = rt.totalMemory() - rt.freeMemory();
        AtomicLong peak = new AtomicLong();
        AtomicLong updates = new AtomicLong();
        HashedSubject h = hasher.file(f, s -> {
            updates.incrementAndGet();
            peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        }, new CancelToken());
        // SHA-256 of 10 GiB of zero bytes, computed independently with `openssl dgst -sha256`.
        assertThat(h.subject().sha256()).isEqualTo("732377e7f4a2abdc13ddfa1eb4c9c497fd2a2b294674d056cf51581b47dd586d");
        assertThat(h.subject().sizeBytes()).isEqualTo(10L << 30);
        assertThat(updates.get()).isGreaterThanOrEqualTo(160); // every 64 MiB
        assertThat(peak.get() - baseline).as("heap growth while hashing 10 GiB").isLessThan(128L << 20);
    }

    @Test
    void cancellingStopsWithACode(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.img");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(1L << 30);
        }
        CancelToken cancel = new CancelToken();
        assertThatThrownBy(() -> hasher.file(f, s -> cancel.cancel(), cancel))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.code()).isEqualTo(CancelToken.SEAL_CANCELLED));
    }

    @Test
    void textIsItsUtf8BytesWithinTheLimit() {
        String text = "Grüße, 世界 \uD83D\uDE00";
        HashedSubject h = hasher.text(text);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(h.subject().kind()).isEqualTo(SubjectKind.TEXT);
        assertThat(h.subject().sha256()).isEqualTo(Sha256.hex(utf8));
        assertThat(h.subject().sizeBytes()).isEqualTo(utf8.length);
        assertThat(h.subject().name()).isEqualTo("text"); // no part of the text is kept

        SubjectHasher small = new SubjectHasher(new SealLimits(10, Long.MAX_VALUE));
        assertThat(small.text("\uD83D\uDE00".repeat(10)).subject().sizeBytes()).isEqualTo(40); // 10 characters, not 20 UTF-16 units
        assertCode(() -> small.text("x".repeat(11)), SubjectHasher.TEXT_TOO_LONG);
        assertCode(() -> hasher.text(""), SubjectHasher.TEXT_EMPTY);
        assertCode(() -> hasher.text("lone \uD800 surrogate"), SubjectHasher.TEXT_EMPTY);
        assertThat(new SubjectHasher(SealLimits.defaults()).text("y".repeat(25_000)).subject().sizeBytes()).isEqualTo(25_000);
        assertCode(() -> hasher.text("y".repeat(25_001)), SubjectHasher.TEXT_TOO_LONG);
    }

    @Test
    void fileLimitMissingFileAndFolderAsFileGetCodes(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f.txt"), "12345");
        assertCode(() -> new SubjectHasher(new SealLimits(10, 4)).file(f, HashProgress.none(), new CancelToken()), SubjectHasher.SUBJECT_TOO_LARGE);
        assertCode(() -> hasher.file(dir.resolve("nope"), HashProgress.none(), new CancelToken()), SubjectHasher.SUBJECT_NOT_FOUND);
        assertCode(() -> hasher.file(dir, HashProgress.none(), new CancelToken()), SubjectHasher.SUBJECT_NOT_READABLE);
    }

    @Test
    void folderHashEqualsAnIndependentShellComputationInByteOrder(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("pkg"));
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/b"), "slash child");
        Files.writeString(root.resolve("a-b"), "dash sibling");
        Files.writeString(root.resolve("Zeta.txt"), "upper case sorts first");
        Files.writeString(root.resolve("é.txt"), "non-ASCII name");
        Files.createDirectories(root.resolve("deep/er/est"));
        Random r = new Random(3);
        for (int i = 0; i < 40; i++) {
            byte[] b = new byte[r.nextInt(200_000)];
            r.nextBytes(b);
            Files.write(root.resolve("deep/er/est/f" + i + ".bin"), b);
        }
        Files.createDirectories(root.resolve("__pycache__"));
        Files.writeString(root.resolve("__pycache__/x.pyc"), "excluded");
        Files.createSymbolicLink(root.resolve("link"), root.resolve("a-b"));

        HashedSubject h = new SubjectHasher(SealLimits.defaults(), 2).folder(root, HashProgress.none(), new CancelToken());
        FolderListing listing = h.folderListing().orElseThrow();
        assertThat(h.subject().kind()).isEqualTo(SubjectKind.FOLDER);
        assertThat(h.subject().folder().fileCount()).isEqualTo(44);
        assertThat(listing.files().get(0).path()).isEqualTo("Zeta.txt");
        assertThat(listing.files()).extracting(e -> e.path()).containsSubsequence("a-b", "a/b");
        assertThat(listing.skipped()).extracting(s -> s.path() + ":" + s.reason()).containsExactly("__pycache__:EXCLUDED", "link:SYMLINK");

        String script = "cd \"$1\" && find . -path ./__pycache__ -prune -o -type f -printf '%P\\n' | LC_ALL=C sort | "
                + "while IFS= read -r f; do printf '%s\\n%s\\n%s\\n' \"$f\" \"$(stat -c %s \"$f\")\" \"$(sha256sum < \"$f\" | cut -d' ' -f1)\"; done "
                + "| sha256sum | cut -d' ' -f1";
        Process p = new ProcessBuilder("bash", "-c", script, "bash", root.toString()).redirectErrorStream(true).start();
        String shell = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).isZero();
        assertThat(h.subject().sha256()).isEqualTo(shell);
        // One thread or two: same result.
        assertThat(new SubjectHasher(SealLimits.defaults(), 1).folder(root, HashProgress.none(), new CancelToken()).subject())
                .isEqualTo(h.subject());
    }

    @Test
    void aFileChangingSizeWhileSealedIsRefused(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("live"));
        Path f = Files.write(root.resolve("growing.log"), new byte[1000]);
        // Grow the file between listing and hashing, from the progress callback of an earlier file.
        Files.write(root.resolve("aaa-first"), new byte[10]);
        SubjectHasher oneThread = new SubjectHasher(SealLimits.defaults(), 1);
        assertCode(() -> oneThread.folder(root, s -> {
            try {
                Files.write(f, new byte[2000]);
            } catch (java.io.IOException e) {
                throw new RuntimeException(e);
            }
        }, new CancelToken()), SubjectHasher.SUBJECT_CHANGED);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
