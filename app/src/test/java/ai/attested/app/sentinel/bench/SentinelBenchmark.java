package ai.attested.app.sentinel.bench;

import ai.attested.app.sentinel.FileEvents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Whole-process benchmark of the sentinel (docs/BENCHMARKS.md, "Sentinel"). Not a test.
 * <pre>
 * tree DIR FILES BYTES              write FILES files of BYTES random bytes in 100 folders
 * ticks TREE ROUNDS                 in one warm JVM: CPU and wall time of each kind of tick (TickCosts)
 * live SVAULT_JAR TREE WORK IDLE_S DRIFTS
 *     mint a policy (CONTINUE) over TREE, run `svault sentinel` as its own JVM at 250 ms,
 *     measure its CPU over IDLE_S seconds of a quiet folder (/proc/PID/stat utime+stime),
 *     then make DRIFTS changes (half of them putting size and mtime back) and time each from the
 *     write to its DRIFT_DETECTED receipt on disk.
 * </pre>
 */
public final class SentinelBenchmark {
    private static final long CLK_TCK = 100; // Linux USER_HZ

    private SentinelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "tree" -> tree(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "ticks" -> TickCosts.run(Path.of(args[1]), Integer.parseInt(args[2]));
            case "live" -> live(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("tree | ticks | live");
        }
    }

    static void tree(Path dir, int files, int bytes) throws IOException {
        SplittableRandom random = new SplittableRandom(2026);
        byte[] buf = new byte[bytes];
        for (int i = 0; i < files; i++) {
            Path f = dir.resolve(String.format("d%02d/f%05d.bin", i % 100, i));
            Files.createDirectories(f.getParent());
            random.nextBytes(buf);
            Files.write(f, buf);
        }
        System.out.println("wrote " + files + " files of " + bytes + " bytes under " + dir);
    }

    static void live(Path jar, Path tree, Path work, int idleSeconds, int drifts) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Files.createDirectories(work);
        Path policy = work.resolve("policy.json");
        run(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "policy", "create",
                "--watch", tree.toString(), "--out", policy.toString(), "--test-key", "--interval-ms", "250",
                "--on-drift", "CONTINUE"));
        Path runDir = work.resolve("run");
        Process sentinel = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-jar", jar.toString(),
                "sentinel", "--policy", policy.toString(), "--out", work.resolve("bundle.zip").toString(),
                "--run-dir", runDir.toString(), "--test-key", "--quiet-ticks")
                .redirectErrorStream(true).redirectOutput(work.resolve("sentinel.log").toFile()).start();
        try {
            awaitReceipts(runDir, 3, Duration.ofMinutes(2)); // the first tick hashes everything
            // steady state: 120 more ticks (30 s at 250 ms), the JIT has compiled the tick path, sweeps have run
            int warm = count(runDir) + 120;
            FileEvents.await(runDir.resolve("receipts"), () -> unchecked(() -> count(runDir) >= warm), Duration.ofMinutes(2), "warm-up");
            long cpu0 = cpuTicks(sentinel.pid());
            long t0 = System.nanoTime();
            Thread.sleep(idleSeconds * 1000L); // the measured idle window itself, not a wait for a condition
            long cpu1 = cpuTicks(sentinel.pid());
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (cpu1 - cpu0) / (double) CLK_TCK;
            int receiptsIdle = count(runDir);
            System.out.printf("idle: %.1f s wall, %.2f s CPU = %.2f %% of one core (%d receipts so far)%n",
                    wall, cpuSeconds, 100 * cpuSeconds / wall, receiptsIdle);

            List<Path> files;
            try (Stream<Path> s = Files.walk(tree)) {
                files = new ArrayList<>(s.filter(Files::isRegularFile).toList());
            }
            Collections.shuffle(files, new java.util.Random(7));
            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < drifts; i++) {
                Path f = files.get(i);
                boolean restore = i % 2 == 1;
                int before = driftCount(runDir);
                FileTime mtime = Files.getLastModifiedTime(f);
                long start = System.nanoTime();
                Instant wallStart = Instant.now();
                if (restore) {
                    byte[] b = Files.readAllBytes(f);
                    b[b.length / 2] ^= 1; // same size
                    Files.write(f, b, StandardOpenOption.TRUNCATE_EXISTING);
                    Files.setLastModifiedTime(f, mtime); // and the old mtime
                } else {
                    Files.write(f, "\nDRIFT-INJECTED".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
                }
                // woken by each new receipt file (inotify), not by a polling interval that would blur the latency
                FileEvents.await(runDir.resolve("receipts"), () -> unchecked(() -> driftCount(runDir) > before),
                        Duration.ofSeconds(30), "DRIFT_DETECTED after changing " + f);
                double ms = (System.nanoTime() - start) / 1e6;
                latencies.add(ms);
                System.out.printf("drift %2d (%s): detected and on disk after %.0f ms (%s)%n", i + 1,
                        restore ? "size+mtime restored" : "append", ms, wallStart);
                Thread.sleep(300 + (i * 37) % 250); // changes land at varied points of the interval
            }
            Collections.sort(latencies);
            System.out.printf("latency over %d drifts: median %.0f ms, max %.0f ms (interval 250 ms)%n",
                    latencies.size(), latencies.get(latencies.size() / 2), latencies.getLast());
        } finally {
            sentinel.destroy(); // SIGTERM: the sentinel exports its bundle
            sentinel.waitFor();
        }
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    }

    private static int count(Path runDir) throws IOException {
        try (Stream<Path> s = Files.list(runDir.resolve("receipts"))) {
            return (int) s.filter(p -> p.getFileName().toString().matches("\\d+\\.json")).count();
        }
    }

    private static int scanned;
    private static int drifts;

    /** DRIFT_DETECTED receipts so far; reads only receipt files it has not read before. */
    private static int driftCount(Path runDir) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(runDir.resolve("receipts"))) {
            all = new ArrayList<>(s.filter(p -> p.getFileName().toString().matches("\\d+\\.json")).sorted().toList());
        }
        for (Path p : all.subList(Math.min(scanned, all.size()), all.size())) {
            if (Files.readString(p).contains("\"DRIFT_DETECTED\"")) {
                drifts++;
            }
        }
        scanned = all.size();
        return drifts;
    }

    private static void awaitReceipts(Path runDir, int n, Duration timeout) throws Exception {
        Path receipts = runDir.resolve("receipts");
        FileEvents.await(runDir.getParent(), () -> Files.isDirectory(runDir), timeout, "sentinel run folder");
        FileEvents.await(runDir, () -> Files.isDirectory(receipts), timeout, "sentinel receipts folder");
        FileEvents.await(receipts, () -> unchecked(() -> count(runDir) >= n), timeout, n + " receipts");
    }

    interface IoCondition {
        boolean test() throws IOException;
    }

    private static boolean unchecked(IoCondition c) {
        try {
            return c.test();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + cmd);
        }
    }
}
