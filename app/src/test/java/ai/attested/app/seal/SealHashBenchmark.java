package ai.attested.app.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Side-by-side throughput of subject hashing against OpenSSL, in one run, alternating rounds:
 * <ul>
 *   <li>{@code file DIR ROUNDS}: a 1 GiB random file; {@link SubjectHasher#file} (in-process, warm JVM)
 *       vs {@code openssl dgst -sha256 FILE} (whole process).</li>
 *   <li>{@code folder DIR ROUNDS}: 10,000 random files, about 1 GiB; {@link SubjectHasher#folder}
 *       (2 threads) vs {@code find DIR -type f -print0 | xargs -0 -P2 openssl dgst -sha256}.</li>
 * </ul>
 * Both read the same files from the page cache (one untimed pass of each first). Prints median and
 * minimum seconds, MB/s and the ratio Java/OpenSSL throughput. See docs/BENCHMARKS.md.
 */
public final class SealHashBenchmark {
    private static final long GIB = 1L << 30;

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "file";
        Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/svault-bench");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Files.createDirectories(dir);
        SubjectHasher hasher = new SubjectHasher(SealLimits.defaults(), 2);
        List<Double> java = new ArrayList<>();
        List<Double> openssl = new ArrayList<>();
        long bytes;
        String[] cmd;
        Runnable javaRun;
        if (mode.equals("file")) {
            Path f = dir.resolve("one-gib.bin");
            ensureFile(f, GIB, 1);
            bytes = Files.size(f);
            cmd = new String[] {"openssl", "dgst", "-sha256", f.toString()};
            javaRun = () -> hasher.file(f, HashProgress.none(), new CancelToken());
        } else {
            Path root = dir.resolve("ten-thousand");
            bytes = ensureFolder(root, 10_000, GIB);
            cmd = new String[] {"bash", "-c", "find \"$1\" -type f -print0 | xargs -0 -P2 openssl dgst -sha256 > /dev/null", "bash", root.toString()};
            javaRun = () -> hasher.folder(root, HashProgress.none(), new CancelToken());
        }
        run(cmd);
        javaRun.run();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            run(cmd);
            openssl.add((System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            javaRun.run();
            java.add((System.nanoTime() - t0) / 1e9);
        }
        System.out.printf("mode=%s bytes=%d rounds=%d java=%s cores=%d%n", mode, bytes, rounds,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        report("openssl", openssl, bytes);
        report("svault ", java, bytes);
        System.out.printf("ratio svault/openssl throughput: median %.2f, best %.2f%n",
                median(openssl) / median(java), Collections.min(openssl) / Collections.min(java));
    }

    private static void report(String name, List<Double> secs, long bytes) {
        System.out.printf("%s median %.3f s (%.0f MB/s)  min %.3f s (%.0f MB/s)  all %s%n", name, median(secs),
                bytes / median(secs) / 1e6, Collections.min(secs), bytes / Collections.min(secs) / 1e6, secs);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", cmd));
        }
    }

    private static void ensureFile(Path f, long size, long seed) throws IOException {
        if (Files.exists(f) && Files.size(f) == size) {
            return;
        }
        Random r = new Random(seed);
        byte[] buf = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(f)) {
            for (long done = 0; done < size; done += buf.length) {
                r.nextBytes(buf);
                out.write(buf, 0, (int) Math.min(buf.length, size - done));
            }
        }
    }

    private static long ensureFolder(Path root, int count, long total) throws IOException {
        long each = total / count;
        Random r = new Random(11);
        byte[] buf = new byte[(int) each + 4096];
        long sum = 0;
        for (int i = 0; i < count; i++) {
            Path f = root.resolve(String.format("d%02d/f%05d.bin", i % 100, i));
            long size = each - 2048 + (i * 37L % 4096);
            if (!Files.exists(f) || Files.size(f) != size) {
                Files.createDirectories(f.getParent());
                r.nextBytes(buf);
                try (OutputStream out = Files.newOutputStream(f)) {
                    out.write(buf, 0, (int) size);
                }
            }
            sum += size;
        }
        return sum;
    }
}
