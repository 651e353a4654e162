package ai.attested.app.sentinel.process;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.app.sentinel.FileEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
class ProcessTreeTest {
    @TempDir
    Path dir;
    private final List<SubjectProcess> subjects = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (SubjectProcess s : subjects) {
            if (s.isAlive()) {
                s.kill(Duration.ofSeconds(5));
            }
        }
    }

    private SubjectProcess start(String script) {
        SubjectProcess s = SubjectProcess.start(List.of("sh", "-c", script), dir, dir.resolve("subject.log"),
                ProcessTree.forThisPlatform());
        subjects.add(s);
        return s;
    }

    /**
     * A subject with a long-lived child and two background children that each append a heartbeat
     * line every 100 ms. The heartbeats' `sleep 0.1` grandchildren come and go on their own, also
     * while the tree is being frozen: that churn is part of what is tested.
     */
    private SubjectProcess startHeartbeats() throws Exception {
        SubjectProcess s = start("sleep 600 & for n in 1 2; do (while true; do echo beat >> hb$n.txt; sleep 0.1; done) & done; wait");
        awaitGrowth(dir.resolve("hb1.txt"));
        awaitGrowth(dir.resolve("hb2.txt"));
        return s;
    }

    @Test
    void killEndsTheSubjectAndEveryDescendantByPid() throws Exception {
        SubjectProcess s = startHeartbeats();
        List<Long> before = s.treePids();
        assertThat(before.size()).isGreaterThanOrEqualTo(4); // sh, sleep 600, two subshells (+ their sleeps)

        List<Long> killed = s.kill(Duration.ofSeconds(5));

        // Short-lived `sleep` children may exit on their own between the snapshot and the kill,
        // so the proof is that no pid of the snapshot is alive afterwards, not the kill list.
        assertThat(killed).contains(before.get(0));
        for (long pid : before) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("pid %d still alive", pid).isFalse();
        }
        FileEvents.assertUnchanged(dir.resolve("hb1.txt"), Duration.ofMillis(400)); // four heartbeat periods
    }

    @Test
    void suspendFreezesTheWholeTreeWithoutKillingIt() throws Exception {
        SubjectProcess s = startHeartbeats();
        List<Long> frozen = s.suspend();

        // Frozen, nothing in the tree can fork, exit or be reaped any more: this view is stable.
        List<Long> tree = s.treePids();
        List<Long> children = s.handle().children().map(ProcessHandle::pid).toList();
        assertThat(children).as("sleep 600 and the two heartbeat shells").hasSize(3);
        assertThat(frozen.getFirst()).isEqualTo(s.pid());
        assertThat(frozen).containsAll(children);
        assertThat(tree).containsAll(frozen);
        for (long pid : frozen) {
            // T, or D for a shell blocked in vfork on its stopped child (see ProcState.stoppedOrGone)
            assertThat(ProcState.of(pid).orElse('?')).as("state of frozen pid %d", pid).isIn('T', 'D');
        }
        for (long pid : tree) {
            if (!frozen.contains(pid)) { // a `sleep 0.1` that ended just before its SIGSTOP
                assertThat(ProcState.of(pid).orElse('?')).as("state of unlisted pid %d", pid).isEqualTo('Z');
            }
        }
        FileEvents.assertUnchanged(dir.resolve("hb1.txt"), Duration.ofMillis(500)); // five heartbeat periods
        FileEvents.assertUnchanged(dir.resolve("hb2.txt"), Duration.ofMillis(300)); // and three more
        assertThat(s.isAlive()).isTrue();

        s.resume(); // and it was only frozen: it beats again
        awaitGrowth(dir.resolve("hb1.txt"));
    }

    @Test
    void suspendDoesNotListAMemberThatHadAlreadyExited() throws Exception {
        // `touch` ends at once; the root execs into a sleep that never reaps it, so it stays a zombie.
        SubjectProcess s = start("touch exited & exec sleep 600");
        FileEvents.await(dir, () -> dir.resolve("exited").toFile().exists(), Duration.ofSeconds(10), "touch to run");
        long zombie = s.handle().children().findFirst().orElseThrow().pid();
        awaitState(zombie, 'Z');

        List<Long> frozen = s.suspend();

        assertThat(frozen).containsExactly(s.pid());
        assertThat(ProcState.of(s.pid())).contains('T');
        assertThat(s.treePids()).containsExactly(s.pid(), zombie); // still a member, but nothing to freeze
    }

    @Test
    void suspendResumeAndKillReachAnOrphanThatLeftTheTree() throws Exception {
        // The subshell exits at once, so the loop is orphaned: re-parented to this JVM (the subreaper).
        SubjectProcess s = start("(sh -c 'while true; do echo beat >> orphan.txt; sleep 0.1; done' &); exec sleep 600");
        Path beats = dir.resolve("orphan.txt");
        awaitGrowth(beats);
        long orphan = ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains("orphan.txt")).findFirst().orElseThrow().pid();
        assertThat(s.handle().descendants().map(ProcessHandle::pid)).as("no longer below the root").doesNotContain(orphan);

        List<Long> frozen = s.suspend();
        assertThat(frozen).contains(s.pid(), orphan);
        assertThat(ProcState.of(orphan).orElse('?')).isIn('T', 'D');
        FileEvents.assertUnchanged(beats, Duration.ofMillis(500));

        s.resume();
        awaitGrowth(beats);

        List<Long> killed = s.kill(Duration.ofSeconds(5));
        assertThat(killed).contains(orphan, s.pid());
        assertThat(ProcessHandle.of(orphan)).as("orphan %d", orphan).isEmpty();
        FileEvents.assertUnchanged(beats, Duration.ofMillis(400));
    }

    private static void awaitGrowth(Path file) throws Exception {
        long start = file.toFile().length();
        FileEvents.await(file.getParent(), () -> file.toFile().length() > start, Duration.ofSeconds(10), file + " to grow");
    }

    /** /proc has no change events: re-reads the state every millisecond until it is {@code state}, 10 s at most. */
    private static void awaitState(long pid, char state) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcState.of(pid).orElse('?') != state) {
            assertThat(System.nanoTime()).as("pid %d to reach state %s", pid, state).isLessThan(end);
            LockSupport.parkNanos(1_000_000);
        }
    }
}
