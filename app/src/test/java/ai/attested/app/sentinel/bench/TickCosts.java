package ai.attested.app.sentinel.bench;

import ai.attested.app.sentinel.measure.BaselineDigests;
import ai.attested.app.sentinel.measure.ChangeDetection;
import ai.attested.app.sentinel.measure.FileDigest;
import ai.attested.app.sentinel.measure.FolderMonitor;
import ai.attested.app.sentinel.measure.MeasuredFile;
import ai.attested.app.sentinel.measure.Normalization;
import ai.attested.app.sentinel.measure.Snapshot;
import ai.attested.app.sentinel.measure.SubjectTree;
import ai.attested.app.sentinel.run.ReceiptChain;
import ai.attested.app.sentinel.run.RunDirectory;
import ai.attested.app.sentinel.run.RunRecord;
import ai.attested.bundle.model.Decision;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.Measurement;
import ai.attested.crypto.sig.TestKeys;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The cost of each kind of sentinel tick on a real tree, in one warm JVM (median of ROUNDS). */
final class TickCosts {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private TickCosts() {
    }

    static void run(Path tree, int rounds) throws Exception {
        SubjectTree t = new SubjectTree(tree, List.of());
        List<String> paths = t.list("").regularFiles();
        List<FileDigest> digests = BaselineDigests.of(t, paths, Normalization.AS_IS);
        List<MeasuredFile> specs = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            specs.add(new MeasuredFile(paths.get(i), Normalization.AS_IS, digests.get(i).sha256()));
        }
        System.out.printf("%d files, %d rounds, median (min) per tick%n", paths.size(), rounds);
        report("full rehash (first tick, parallel; process CPU)", rounds, true, () -> {
            try (FolderMonitor m = new FolderMonitor(t, specs, true, ChangeDetection.rehashEveryTick())) {
                return m.measure();
            }
        });
        try (FolderMonitor sweep = new FolderMonitor(t, specs, true, new ChangeDetection(ChangeDetection.Strategy.STAT_EVERY_TICK, 1, 0));
             FolderMonitor events = new FolderMonitor(t, specs, true, ChangeDetection.events(250))) {
            sweep.measure();
            events.measure();
            report("fingerprint sweep (stat + walk, no rehash)", rounds, false, sweep::measure);
            report("quiet tick under EVENTS (drain inotify)", rounds * 20, false, events::measure);
        }
        Path dir = Files.createTempDirectory("svault-tick-bench");
        RunDirectory run = RunDirectory.create(dir.resolve("run"), new RunRecord("00".repeat(16), "ab".repeat(32),
                dir, tree, dir.resolve("b.zip"), "2026-02-11T12:00:00.000Z", false, Optional.empty()), new byte[0], new byte[0]);
        ReceiptChain chain = ReceiptChain.start(run, "00".repeat(16), "ab".repeat(32), TestKeys.tvSig001());
        report("MEASUREMENT_OK receipt (seal + write + 2 fsyncs)", rounds * 10, false, () -> chain.append(Instant.now(),
                EventType.MEASUREMENT_OK, Decision.ok("all files match"), Measurement.matching("cd".repeat(32))));
    }

    /** {@code parallel}: the op uses worker threads, so count the process's CPU (10 ms resolution), else this thread's. */
    private static void report(String what, int rounds, boolean parallel, Supplier<?> op) {
        for (int i = 0; i < Math.max(2, rounds / 5); i++) {
            check(op.get()); // warm-up
        }
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long c0 = parallel ? OS.getProcessCpuTime() : THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            check(op.get());
            wall[i] = (System.nanoTime() - w0) / 1e6;
            cpu[i] = ((parallel ? OS.getProcessCpuTime() : THREADS.getCurrentThreadCpuTime()) - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-48s wall %9.2f ms (%8.2f)   cpu %9.2f ms (%8.2f)%n", what, wall[rounds / 2], wall[0],
                cpu[rounds / 2], cpu[0]);
    }

    private static void check(Object result) {
        if (result instanceof Snapshot s && !s.matchesBaseline()) {
            throw new IllegalStateException("the tree changed during the benchmark");
        }
    }
}
