package ai.attested.app.sentinel.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FolderMonitorTest {
    @TempDir
    Path root;
    /** Generous: a loaded machine only makes the wait longer, never the verdict different. */
    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
    private final List<FolderMonitor> monitors = new ArrayList<>();
    private final Map<FolderMonitor, ChangeDetection.Strategy> strategies = new HashMap<>();
    private List<MeasuredFile> specs;

    @BeforeEach
    void subject() throws Exception {
        Files.createDirectories(root.resolve("sub"));
        write("a.txt", "alpha\n");
        write("sub/b.txt", "bravo\n");
        write("sub/c.bin", "charlie");
        specs = new ArrayList<>();
        for (String p : List.of("a.txt", "sub/b.txt", "sub/c.bin")) {
            specs.add(new MeasuredFile(p, Normalization.AS_IS, sha(Files.readAllBytes(root.resolve(p)))));
        }
    }

    @AfterEach
    void close() {
        monitors.forEach(FolderMonitor::close);
    }

    @ParameterizedTest
    @EnumSource(ChangeDetection.Strategy.class)
    void unchangedFolderGivesTheSeedCompositeOfTheBaseline(ChangeDetection.Strategy strategy) throws Exception {
        FolderMonitor m = monitor(strategy, true);
        Snapshot s = m.measure();
        assertThat(s.matchesBaseline()).isTrue();
        MessageDigest composite = MessageDigest.getInstance("SHA-256");
        specs.forEach(f -> composite.update(f.baselineSha256()));
        assertThat(s.compositeSha256()).isEqualTo(composite.digest());
    }

    @Test
    void quietTicksUnderEventsRehashNothing() throws Exception {
        FolderMonitor m = monitor(ChangeDetection.Strategy.EVENTS, true);
        assertThat(m.measure().filesHashed()).isEqualTo(3);
        assertThat(m.eventsUnavailableReason()).isEmpty();
        for (int i = 0; i < 3; i++) {
            Snapshot s = m.measure();
            assertThat(s.filesHashed()).isZero();
            assertThat(s.matchesBaseline()).isTrue();
        }
    }

    @Test
    void awaitChangeReturnsWhenTheFolderChangesAndTimesOutWhenNothingDoes() throws Exception {
        FolderMonitor m = monitor(ChangeDetection.Strategy.EVENTS, true);
        m.measure();
        assertThat(m.awaitChange(Duration.ofMillis(300))).as("nothing changed").isFalse();
        write("sub/b.txt", "BRAVO\n");
        assertThat(m.awaitChange(EVENT_TIMEOUT)).as("a write is reported").isTrue();
        assertThat(m.awaitChange(Duration.ZERO)).as("still waiting for the next tick").isTrue();
        assertThat(m.measure().changed()).containsExactly("sub/b.txt");
        assertThat(monitor(ChangeDetection.Strategy.STAT_EVERY_TICK, true).awaitChange(Duration.ofDays(1)))
                .as("a monitor that sweeps every tick has nothing to wait for").isTrue();
    }

    @ParameterizedTest
    @EnumSource(ChangeDetection.Strategy.class)
    void aChangeThatRestoresSizeAndMtimeIsStillSeen(ChangeDetection.Strategy strategy) throws Exception {
        FolderMonitor m = monitor(strategy, true);
        m.measure();
        Path b = root.resolve("sub/b.txt");
        FileTime mtime = Files.getLastModifiedTime(b);
        Files.writeString(b, "BRAVO\n"); // same size
        Files.setLastModifiedTime(b, mtime);
        Snapshot s = await(m, snap -> !snap.matchesBaseline());
        assertThat(s.changed()).containsExactly("sub/b.txt");
        assertThat(s.mismatchedPaths()).containsExactly("sub/b.txt");
    }

    @ParameterizedTest
    @EnumSource(ChangeDetection.Strategy.class)
    void aDeletedFileIsMissingAndRestoringItReturnsToBaseline(ChangeDetection.Strategy strategy) throws Exception {
        FolderMonitor m = monitor(strategy, true);
        Snapshot base = m.measure();
        Files.delete(root.resolve("a.txt"));
        Snapshot s = await(m, snap -> !snap.matchesBaseline());
        assertThat(s.missing()).containsExactly("a.txt");
        assertThat(s.compositeSha256()).isNotEqualTo(base.compositeSha256());
        write("a.txt", "alpha\n");
        Snapshot back = await(m, Snapshot::matchesBaseline);
        assertThat(back.compositeSha256()).isEqualTo(base.compositeSha256());
    }

    @ParameterizedTest
    @EnumSource(ChangeDetection.Strategy.class)
    void aNewFileInANewDirectoryIsDriftUnlessTheRuleIgnoresIt(ChangeDetection.Strategy strategy) throws Exception {
        FolderMonitor strict = monitor(strategy, true);
        FolderMonitor lenient = monitor(strategy, false);
        Snapshot base = strict.measure();
        lenient.measure();
        Files.createDirectories(root.resolve("new/deeper"));
        write("new/deeper/x.txt", "x");
        Snapshot s = await(strict, snap -> !snap.matchesBaseline());
        assertThat(s.newFiles()).containsExactly("new/deeper/x.txt");
        assertThat(s.compositeSha256()).isNotEqualTo(base.compositeSha256());
        assertThat(lenient.measure().matchesBaseline()).isTrue();
        Files.delete(root.resolve("new/deeper/x.txt"));
        assertThat(await(strict, Snapshot::matchesBaseline).newFiles()).isEmpty();
    }

    @Test
    void aNewFileWithTheSameContentUnderAnotherNameGivesAnotherComposite() throws Exception {
        FolderMonitor m = monitor(ChangeDetection.Strategy.REHASH_EVERY_TICK, true);
        m.measure();
        write("n1", "same");
        Snapshot first = m.measure();
        Files.move(root.resolve("n1"), root.resolve("n2"));
        Snapshot second = m.measure();
        assertThat(first.newFiles()).containsExactly("n1");
        assertThat(second.newFiles()).containsExactly("n2");
        assertThat(second.compositeSha256()).isNotEqualTo(first.compositeSha256());
    }

    @Test
    void includeGlobsLimitWhichNewFilesCount() throws Exception {
        FolderMonitor m = new FolderMonitor(new SubjectTree(root, List.of("**.txt")), specs, true,
                ChangeDetection.rehashEveryTick());
        monitors.add(m);
        m.measure();
        write("sub/ignored.log", "log");
        assertThat(m.measure().matchesBaseline()).isTrue();
        write("sub/counted.txt", "t");
        assertThat(m.measure().newFiles()).containsExactly("sub/counted.txt");
    }

    @Test
    void aDeletedWatchedFolderMakesEveryFileMissing() throws Exception {
        FolderMonitor m = monitor(ChangeDetection.Strategy.EVENTS, true);
        m.measure();
        deleteTree(root);
        Snapshot s = await(m, snap -> snap.missing().size() == 3);
        assertThat(s.missing()).containsExactly("a.txt", "sub/b.txt", "sub/c.bin");
    }

    private FolderMonitor monitor(ChangeDetection.Strategy strategy, boolean newFilesAreDrift) {
        ChangeDetection d = switch (strategy) {
            case EVENTS -> new ChangeDetection(strategy, 1_000_000, 0); // events only: no sweep backstop in the test
            case STAT_EVERY_TICK -> new ChangeDetection(strategy, 1, 0);
            case REHASH_EVERY_TICK -> ChangeDetection.rehashEveryTick();
        };
        FolderMonitor m = new FolderMonitor(new SubjectTree(root, List.of()), specs, newFilesAreDrift, d);
        monitors.add(m);
        strategies.put(m, strategy);
        return m;
    }

    /**
     * The first tick after a change must see it when each tick looks at every file; under EVENTS the
     * operating system reports it asynchronously (a deletion of a tree as several batches), so
     * measure again after each change the monitor is told of until the condition holds.
     */
    private Snapshot await(FolderMonitor m, Predicate<Snapshot> condition) throws InterruptedException {
        Snapshot s = m.measure();
        long end = System.nanoTime() + EVENT_TIMEOUT.toNanos();
        while (!condition.test(s)) {
            if (strategies.get(m) != ChangeDetection.Strategy.EVENTS) {
                throw new AssertionError("the first tick after the change did not see it: " + s);
            }
            long left = end - System.nanoTime();
            if (left <= 0 || !m.awaitChange(Duration.ofNanos(left))) {
                throw new AssertionError("no file-system event brought the expected snapshot within "
                        + EVENT_TIMEOUT.toSeconds() + " s; last: " + s);
            }
            s = m.measure();
        }
        return s;
    }

    private void write(String rel, String content) throws IOException {
        Files.writeString(root.resolve(rel), content, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    private static byte[] sha(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }
}
